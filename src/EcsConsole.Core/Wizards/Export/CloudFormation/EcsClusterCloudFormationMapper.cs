using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>
/// The cluster wizard's ECS calls as resources: CreateCluster → <c>AWS::ECS::Cluster</c> (CapacityProviders,
/// DefaultCapacityProviderStrategy, ClusterSettings, Configuration, Tags); CreateCapacityProvider → <c>AWS::ECS::CapacityProvider</c>;
/// PutClusterCapacityProviders → <c>AWS::ECS::ClusterCapacityProviderAssociations</c>. Outputs: a cluster's <c>Name</c> is
/// <c>Ref</c> and its <c>Arn</c> <c>Fn::GetAtt Arn</c>; a capacity provider's <c>Name</c> is <c>Ref</c>.
/// </summary>
public static class EcsClusterCloudFormationMapper
{
    public static void Cluster(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var cluster = call.Key ?? CloudFormationExporter.LogicalId(Text(body, "clusterName"), "Cluster");
        var properties = new JsonObject { ["ClusterName"] = body["clusterName"]?.DeepClone() };
        CopyCapitalized(body, properties, ("capacityProviders", "CapacityProviders"), ("defaultCapacityProviderStrategy", "DefaultCapacityProviderStrategy"),
            ("settings", "ClusterSettings"), ("configuration", "Configuration"), ("tags", "Tags"), ("serviceConnectDefaults", "ServiceConnectDefaults"));
        template.AddResource(cluster, "AWS::ECS::Cluster", properties);
        template.DeclareOutput(cluster, "Name", "Ref");
        template.DeclareOutput(cluster, "Arn", "Arn");
    }

    public static void CapacityProvider(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var provider = call.Key ?? CloudFormationExporter.LogicalId(Text(body, "name"), "CapacityProvider");
        var properties = new JsonObject { ["Name"] = body["name"]?.DeepClone() };
        CopyCapitalized(body, properties, ("autoScalingGroupProvider", "AutoScalingGroupProvider"), ("tags", "Tags"));
        template.AddResource(provider, "AWS::ECS::CapacityProvider", properties);
        template.DeclareOutput(provider, "Name", "Ref");
    }

    public static void CapacityProviderAssociation(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var association = new JsonObject { ["Cluster"] = body["cluster"]?.DeepClone() };
        CopyCapitalized(body, association, ("capacityProviders", "CapacityProviders"), ("defaultCapacityProviderStrategy", "DefaultCapacityProviderStrategy"));
        template.AddResource(call.Key ?? AssociationId(body), "AWS::ECS::ClusterCapacityProviderAssociations", association);
    }

    // The cluster is a Ref (or a literal name) here: name the association after the cluster resource or name.
    private static string AssociationId(JsonObject body) => body["cluster"] switch
    {
        JsonObject reference when reference["Ref"]?.GetValue<string>() is { } key => key + "CapacityProviders",
        JsonValue name when name.TryGetValue<string>(out var text) => CloudFormationExporter.LogicalId(text, "CapacityProviders"),
        _ => "ClusterCapacityProviders",
    };

    private static void CopyCapitalized(JsonObject from, JsonObject to, params (string Member, string Property)[] members)
    {
        foreach (var (member, property) in members)
        {
            if (from[member] is { } value)
            {
                to[property] = EcsServiceCloudFormationMapper.Capitalized(value);
            }
        }
    }

    private static string Text(JsonObject body, string member) =>
        body[member]?.GetValue<string>() ?? throw new InvalidOperationException($"The planned body has no {member}.");
}
