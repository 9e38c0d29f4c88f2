using System.Text;
using System.Text.Json.Nodes;
using EcsConsole.Core.Wizards.Export.CloudFormation;

namespace EcsConsole.Core.Wizards.Export;

/// <summary>
/// A plan as a CloudFormation template (JSON, which CloudFormation also reads as YAML). Each service's calls are mapped by
/// its <see cref="ICloudFormationMapper"/>; references between calls become <c>Ref</c>, <c>Fn::GetAtt</c> or <c>Fn::Sub</c>.
/// </summary>
public static class CloudFormationExporter
{
    /// <summary>The mappers, one per service (or group of operations). Add yours with one line.</summary>
    public static IReadOnlyList<ICloudFormationMapper> Mappers { get; } =
    [
        new IamCloudFormationMapper(),
        new EcsServiceCloudFormationMapper(),
        new LogsCloudFormationMapper(),
        new EcsTaskDefinitionCloudFormationMapper(),
        new EcsClusterCloudFormationMapper(),
        new Elbv2CloudFormationMapper(),
        new ApplicationAutoScalingCloudFormationMapper(),
        new ServiceDiscoveryCloudFormationMapper(),
        new Ec2CloudFormationMapper(),
        new AutoScalingCloudFormationMapper(),
    ];

    public static string Export(WizardPlan plan) => Export(plan, Mappers);

    public static string Export(WizardPlan plan, IReadOnlyList<ICloudFormationMapper> mappers)
    {
        PlanReferences.Validate(plan);
        var keys = PlanReferences.Keys(plan.Calls);
        var template = new CloudFormationTemplate();
        foreach (var call in plan.Calls)
        {
            var mapper = mappers.FirstOrDefault(m => m.Maps(call))
                ?? throw new NotSupportedException($"{call.Action} has no CloudFormation equivalent in this exporter.");
            var body = template.WithExpressions(JsonNode.Parse(call.Body)!.AsObject(), keys);
            mapper.Map(call, body, template);
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
