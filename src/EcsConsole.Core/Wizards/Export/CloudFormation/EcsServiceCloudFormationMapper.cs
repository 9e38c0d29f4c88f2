using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>
/// ECS CreateService as an <c>AWS::ECS::Service</c>. CloudFormation's property names are the API's member names with a
/// capital first letter (serviceName → ServiceName, awsvpcConfiguration → AwsvpcConfiguration, enableECSManagedTags →
/// EnableECSManagedTags), so the body maps member by member; clientToken has no property (CloudFormation is idempotent
/// itself). The service waits for the listeners and rules of the template, as ECS needs its target group attached to a
/// load balancer first. Outputs: <c>Arn</c> is <c>Ref</c>, <c>Name</c> is <c>Fn::GetAtt Name</c>.
/// </summary>
public static class EcsServiceCloudFormationMapper
{
    public static void Service(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var key = call.Key ?? CloudFormationExporter.LogicalId(body["serviceName"]?.GetValue<string>() ?? "", "Service");
        body.Remove("clientToken");
        var properties = (JsonObject)Capitalized(body)!;
        var resource = template.AddResource(key, "AWS::ECS::Service", properties);
        var dependsOn = template.ResourcesOfType("AWS::ElasticLoadBalancingV2::Listener")
            .Concat(template.ResourcesOfType("AWS::ElasticLoadBalancingV2::ListenerRule"))
            .Select(r => (JsonNode)JsonValue.Create(r.LogicalId))
            .ToArray();
        if (dependsOn.Length > 0)
        {
            resource["DependsOn"] = new JsonArray(dependsOn);
        }

        template.DeclareOutput(key, "Arn", "Ref");
        template.DeclareOutput(key, "Name", "Name");
    }

    /// <summary>Member names get a capital first letter; values (and CloudFormation's own Ref / Fn:: keys) stay as they are.</summary>
    internal static JsonNode? Capitalized(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => new KeyValuePair<string, JsonNode?>(
            p.Key.Length > 0 ? char.ToUpperInvariant(p.Key[0]) + p.Key[1..] : p.Key, Capitalized(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Capitalized).ToArray()),
        _ => node?.DeepClone(),
    };
}
