using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>
/// ECS RegisterTaskDefinition as an <c>AWS::ECS::TaskDefinition</c>. CloudFormation's property names are the API's
/// member names with a capital first letter (containerDefinitions → ContainerDefinitions, portMappings → PortMappings,
/// valueFrom → ValueFrom), except inside string maps whose keys are data (logConfiguration.options such as
/// <c>awslogs-group</c>, dockerLabels, firelens options), which stay as they are. The definition depends on the log
/// groups of the template, as the awslogs driver needs them. Outputs: <c>Arn</c> is <c>Ref</c>.
/// </summary>
public static class EcsTaskDefinitionCloudFormationMapper
{
    // Members whose value is a string map: its keys are data, not property names.
    private static readonly HashSet<string> StringMaps = new(StringComparer.Ordinal) { "options", "dockerLabels" };

    public static void TaskDefinition(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var key = call.Key ?? CloudFormationExporter.LogicalId(body["family"]?.GetValue<string>() ?? "", "TaskDefinition");
        var properties = (JsonObject)Capitalized(body)!;
        var resource = template.AddResource(key, "AWS::ECS::TaskDefinition", properties);
        var groups = template.ResourcesOfType("AWS::Logs::LogGroup").Select(g => (JsonNode)JsonValue.Create(g.LogicalId)).ToArray();
        if (groups.Length > 0)
        {
            resource["DependsOn"] = new JsonArray(groups);
        }

        template.DeclareOutput(key, "Arn", "Ref");
    }

    /// <summary>Member names get a capital first letter; string-map keys, values, and CloudFormation's own Ref / Fn:: keys stay.</summary>
    internal static JsonNode? Capitalized(JsonNode? node) => node switch
    {
        JsonObject obj when IsExpression(obj) => obj.DeepClone(),
        JsonObject obj => new JsonObject(obj.Select(p => new KeyValuePair<string, JsonNode?>(
            Capital(p.Key), StringMaps.Contains(p.Key) ? p.Value?.DeepClone() : Capitalized(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Capitalized)]),
        _ => node?.DeepClone(),
    };

    private static bool IsExpression(JsonObject obj) => obj.Count == 1 && obj.First().Key is var name && (name == "Ref" || name.StartsWith("Fn::", StringComparison.Ordinal));

    private static string Capital(string name) => name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : name;
}
