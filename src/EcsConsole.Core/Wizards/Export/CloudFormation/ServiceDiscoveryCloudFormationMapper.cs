using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>
/// Cloud Map creates as <c>AWS::ServiceDiscovery::PrivateDnsNamespace</c> and <c>AWS::ServiceDiscovery::Service</c>
/// (CreatorRequestId has no property: CloudFormation is idempotent itself). Outputs: <c>Id</c> and <c>Arn</c> are
/// <c>Fn::GetAtt Id</c> / <c>Fn::GetAtt Arn</c> of either.
/// </summary>
public sealed class ServiceDiscoveryCloudFormationMapper : ICloudFormationMapper
{
    public bool Maps(PlannedCall call) => call is { Service: "servicediscovery", Operation: "CreatePrivateDnsNamespace" or "CreateService" };

    public void Map(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var name = Elbv2CloudFormationMapper.Text(body, "Name");
        var (key, type, members) = call.Operation == "CreatePrivateDnsNamespace"
            ? (call.Key ?? CloudFormationExporter.LogicalId(name, "Namespace"), "AWS::ServiceDiscovery::PrivateDnsNamespace", new[] { "Name", "Vpc", "Description", "Properties", "Tags" })
            : (call.Key ?? CloudFormationExporter.LogicalId(name, "DiscoveryService"), "AWS::ServiceDiscovery::Service",
                new[] { "Name", "NamespaceId", "Description", "DnsConfig", "HealthCheckConfig", "HealthCheckCustomConfig", "Tags", "Type" });
        template.AddResource(key, type, Elbv2CloudFormationMapper.Copy(body, members));
        template.DeclareOutput(key, "Id", "Id");
        template.DeclareOutput(key, "Arn", "Arn");
    }
}
