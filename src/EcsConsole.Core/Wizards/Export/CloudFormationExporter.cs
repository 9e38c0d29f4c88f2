using System.Text;
using System.Text.Json.Nodes;
using EcsConsole.Core.Wizards.Export.CloudFormation;

namespace EcsConsole.Core.Wizards.Export;

/// <summary>
/// A plan as a CloudFormation template (JSON, which CloudFormation also reads as YAML). Each service's calls are mapped by
/// the <see cref="CloudFormationMapping"/> of its row in <see cref="WizardOperationTables"/>; references between calls become <c>Ref</c>, <c>Fn::GetAtt</c> or <c>Fn::Sub</c>.
/// </summary>
public static class CloudFormationExporter
{
    public static string Export(WizardPlan plan) => Export(plan, call => WizardOperationTables.Find(call)?.CloudFormation);

    /// <param name="mappingOf">The mapping of a call (its row's, see <see cref="WizardOperationTables"/>), or null when it has none.</param>
    public static string Export(WizardPlan plan, Func<PlannedCall, CloudFormationMapping?> mappingOf)
    {
        PlanReferences.Validate(plan);
        var keys = PlanReferences.Keys(plan.Calls);
        var template = new CloudFormationTemplate();
        foreach (var call in plan.Calls)
        {
            var map = mappingOf(call) ?? throw new NotSupportedException($"{call.Action} has no CloudFormation equivalent in this exporter.");
            var body = template.WithExpressions(JsonNode.Parse(call.Body)!.AsObject(), keys);
            map(call, body, template);
        }

        return template.ToJson(plan);
    }

    /// <summary>CloudFormation logical ids are alphanumeric: <c>users-task</c> → <c>UsersTaskRole</c>.</summary>
    public static string LogicalId(string name, string suffix)
    {
        var id = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            id.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return id + suffix;
    }
}
