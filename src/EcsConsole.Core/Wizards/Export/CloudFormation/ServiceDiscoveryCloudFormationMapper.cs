using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>
/// Cloud Map creates as <c>AWS::ServiceDiscovery::PrivateDnsNamespace</c> and <c>AWS::ServiceDiscovery::Service</c>
/// (CreatorRequestId has no property: CloudFormation is idempotent itself). Outputs: <c>Id</c> and <c>Arn</c> are
/// <c>Fn::GetAtt Id</c> / <c>Fn::GetAtt Arn</c> of either.
/// </summary>
public static class ServiceDiscoveryCloudFormationMapper
{
    public static void Namespace(PlannedCall call, JsonObject body, CloudFormationTemplate template) =>
        Add(call, body, template, "Namespace", "AWS::ServiceDiscovery::PrivateDnsNamespace", ["Name", "Vpc", "Description", "Properties", "Tags"]);

    public static void Service(PlannedCall call, JsonObject body, CloudFormationTemplate template) =>
        Add(call, body, template, "DiscoveryService", "AWS::ServiceDiscovery::Service",
            ["Name", "NamespaceId", "Description", "DnsConfig", "HealthCheckConfig", "HealthCheckCustomConfig", "Tags", "Type"]);

    private static void Add(PlannedCall call, JsonObject body, CloudFormationTemplate template, string suffix, string type, string[] members)
    {
        var key = call.Key ?? CloudFormationExporter.LogicalId(Elbv2CloudFormationMapper.Text(body, "Name"), suffix);
        template.AddResource(key, type, Elbv2CloudFormationMapper.Copy(body, members));
        template.DeclareOutput(key, "Id", "Id");
        template.DeclareOutput(key, "Arn", "Arn");
    }
}
