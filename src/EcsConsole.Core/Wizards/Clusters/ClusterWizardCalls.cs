using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Wizards.Clusters;

/// <summary>The calls of the cluster wizard as JSON bodies with the models' member names (their executors read them into typed requests).</summary>
internal static class ClusterWizardCalls
{
    private static readonly JsonSerializerOptions BodyOptions = new(AwsJsonSerializer.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static PlannedCall CreateCluster(string name, IReadOnlyList<string> providers, IReadOnlyList<(string Provider, int Weight, int Base)> strategy, string insights, IReadOnlyList<WizardTag> tags)
    {
        var request = new CreateClusterRequest
        {
            ClusterName = name,
            CapacityProviders = providers.Count > 0 ? providers : null,
            DefaultCapacityProviderStrategy = strategy.Count > 0
                ? strategy.Select(s => new CapacityProviderStrategyItem { CapacityProvider = s.Provider, Weight = s.Weight, Base = s.Base }).ToList()
                : null,
            Settings = [new ClusterSetting { Name = "containerInsights", Value = insights }],
            Tags = tags.Count > 0 ? tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList() : null,
        };
        var kind = providers.Count > 0 ? $"cluster {name} ({string.Join(", ", providers)})" : $"cluster {name}";
        return new PlannedCall("ecs", "CreateCluster", Json(request), kind,
            new UndoCall("DeleteCluster", Json(new DeleteClusterRequest { Cluster = name })), $"DescribeClusters {name} (ACTIVE, not running services)")
        {
            Key = "Cluster",
            Outputs = new Dictionary<string, string> { ["Arn"] = "cluster.clusterArn", ["Name"] = "cluster.clusterName" },
        };
    }

    public static PlannedCall LaunchTemplate(ClusterWizardInput input, ResolvedAmi ami, string userData, IReadOnlyList<WizardTag> tags)
    {
        var name = input.LaunchTemplateName.Trim();
        var data = new JsonObject
        {
            ["ImageId"] = ami.ImageId,
            ["InstanceType"] = input.InstanceType.Trim(),
            ["IamInstanceProfile"] = new JsonObject { ["Name"] = input.InstanceProfileName.Trim() },
        };
        var groups = ClusterWizardValidator.Clean(input.SecurityGroupIds);
        if (groups.Count > 0)
        {
            data["SecurityGroupIds"] = Strings(groups);
        }

        data["UserData"] = userData;
        if (tags.Count > 0)
        {
            data["TagSpecifications"] = new JsonArray(TagSpecification("instance", tags));
        }

        var body = new JsonObject { ["LaunchTemplateName"] = name, ["LaunchTemplateData"] = data };
        if (tags.Count > 0)
        {
            body["TagSpecifications"] = new JsonArray(TagSpecification("launch-template", tags));
        }

        return new PlannedCall("ec2", "CreateLaunchTemplate", body.ToJsonString(BodyOptions),
            $"launch template {name} ({ami.ImageId} from {ami.Parameter}, {input.InstanceType.Trim()})",
            new UndoCall("DeleteLaunchTemplate", new JsonObject { ["LaunchTemplateName"] = name }.ToJsonString(BodyOptions)), $"DescribeLaunchTemplates {name}")
        {
            Key = "LaunchTemplate",
        };
    }

    public static PlannedCall AutoScalingGroup(ClusterWizardInput input, IReadOnlyList<WizardTag> tags)
    {
        var name = input.AutoScalingGroupName.Trim();
        var body = new JsonObject
        {
            ["AutoScalingGroupName"] = name,
            ["LaunchTemplate"] = new JsonObject { ["LaunchTemplateName"] = input.LaunchTemplateName.Trim(), ["Version"] = "$Latest" },
            ["MinSize"] = input.MinSize,
            ["MaxSize"] = input.MaxSize,
            ["DesiredCapacity"] = input.DesiredCapacity,
            ["VPCZoneIdentifier"] = string.Join(',', ClusterWizardValidator.Clean(input.SubnetIds)),
            // ECS managed termination protection needs the group's new instances protected from scale-in.
            ["NewInstancesProtectedFromScaleIn"] = input.ManagedTerminationProtection,
        };
        if (tags.Count > 0)
        {
            body["Tags"] = new JsonArray(tags.Select(t => (JsonNode)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value, ["PropagateAtLaunch"] = true }).ToArray());
        }

        var outputs = new Dictionary<string, string> { ["Arn"] = "AutoScalingGroups[0].AutoScalingGroupARN" };
        return new PlannedCall("autoscaling", "CreateAutoScalingGroup", body.ToJsonString(BodyOptions),
            $"Auto Scaling group {name} ({input.MinSize}/{input.DesiredCapacity}/{input.MaxSize} instances)",
            new UndoCall("DeleteAutoScalingGroup", new JsonObject { ["AutoScalingGroupName"] = name, ["ForceDelete"] = true }.ToJsonString(BodyOptions)),
            $"DescribeAutoScalingGroups {name}")
        {
            Key = "AutoScalingGroup",
            Outputs = outputs,
            Lookup = new CallLookup("DescribeAutoScalingGroups", new JsonObject { ["AutoScalingGroupNames"] = Strings([name]) }.ToJsonString(BodyOptions), outputs),
        };
    }

    public static PlannedCall CapacityProvider(string name, int targetCapacity, bool terminationProtection, IReadOnlyList<WizardTag> tags)
    {
        var request = new CreateCapacityProviderRequest
        {
            Name = name,
            AutoScalingGroupProvider = new AutoScalingGroupProvider
            {
                AutoScalingGroupArn = PlanReferences.Of("AutoScalingGroup", "Arn"),
                ManagedScaling = new ManagedScaling { Status = "ENABLED", TargetCapacity = targetCapacity, MinimumScalingStepSize = 1, MaximumScalingStepSize = 10000 },
                ManagedTerminationProtection = terminationProtection ? "ENABLED" : "DISABLED",
            },
            Tags = tags.Count > 0 ? tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList() : null,
        };
        return new PlannedCall("ecs", "CreateCapacityProvider", Json(request), $"capacity provider {name} (managed scaling to {targetCapacity}%)",
            new UndoCall("DeleteCapacityProvider", Json(new DeleteCapacityProviderRequest { CapacityProvider = name })), $"DescribeCapacityProviders {name} (ACTIVE, same group)")
        {
            Key = "CapacityProvider",
            Outputs = new Dictionary<string, string> { ["Name"] = "capacityProvider.name" },
            // JMESPath for the exported script: only an ACTIVE provider counts (a deleted one stays describable as INACTIVE).
            Lookup = new CallLookup("DescribeCapacityProviders", Json(new DescribeCapacityProvidersRequest { CapacityProviders = [name] }),
                new Dictionary<string, string> { ["Name"] = "capacityProviders[?status=='ACTIVE'].name | [0]" }),
        };
    }

    public static PlannedCall Associate(string cluster, string provider)
    {
        var providerName = PlanReferences.Of("CapacityProvider", "Name");
        var clusterName = PlanReferences.Of("Cluster", "Name");
        var request = new PutClusterCapacityProvidersRequest
        {
            Cluster = clusterName,
            CapacityProviders = [providerName],
            DefaultCapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = providerName, Weight = 1, Base = 0 }],
        };
        return new PlannedCall("ecs", "PutClusterCapacityProviders", Json(request), $"{provider} as the default capacity of {cluster}",
            new UndoCall("PutClusterCapacityProviders", Json(new PutClusterCapacityProvidersRequest { Cluster = clusterName })),
            $"DescribeClusters {cluster} lists {provider}");
    }

    private static JsonObject TagSpecification(string resourceType, IReadOnlyList<WizardTag> tags) => new()
    {
        ["ResourceType"] = resourceType,
        ["Tags"] = new JsonArray(tags.Select(t => (JsonNode)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value }).ToArray()),
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static string Json<T>(T request) => JsonSerializer.Serialize(request, BodyOptions);
}
