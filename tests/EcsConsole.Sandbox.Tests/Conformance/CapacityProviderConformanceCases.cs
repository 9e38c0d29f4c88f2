using System.Text.Json.Nodes;

namespace EcsConsole.Sandbox.Tests.Conformance;

/// <summary>ECS capacity providers: the built-in Fargate ones, prod's seeded Auto Scaling group provider and new ones.</summary>
internal static class CapacityProviderConformanceCases
{
    public const string AsgArn = "arn:aws:autoscaling:eu-west-1:000000000000:autoScalingGroup:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0:autoScalingGroupName/qa-asg";

    public static JsonObject Create(string name, string asgArn = AsgArn) => new()
    {
        ["name"] = name,
        ["autoScalingGroupProvider"] = new JsonObject
        {
            ["autoScalingGroupArn"] = asgArn,
            ["managedScaling"] = new JsonObject { ["status"] = "ENABLED", ["targetCapacity"] = 90, ["minimumScalingStepSize"] = 1, ["maximumScalingStepSize"] = 10 },
            ["managedTerminationProtection"] = "ENABLED",
        },
        ["tags"] = new JsonArray(new JsonObject { ["key"] = "environment", ["value"] = "qa" }),
    };

    public static IReadOnlyDictionary<string, SandboxConformanceCases.CaseAsync> All { get; } = new Dictionary<string, SandboxConformanceCases.CaseAsync>(StringComparer.Ordinal)
    {
        ["ecs:CreateCapacityProvider"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "CreateCapacityProvider", Create("qa-cp"));
            var provider = reply["capacityProvider"]!;
            Assert.Equal("ACTIVE", provider["status"]!.GetValue<string>());
            Assert.Equal("EC2_AUTOSCALING", provider["type"]!.GetValue<string>());
            Assert.Equal(90, provider["autoScalingGroupProvider"]!["managedScaling"]!["targetCapacity"]!.GetValue<int>());
        },
        ["ecs:DeleteCapacityProvider"] = async (s, _) =>
        {
            await s.JsonAsync("ecs", "CreateCapacityProvider", Create("scratch-cp"));
            var reply = await s.JsonAsync("ecs", "DeleteCapacityProvider", new JsonObject { ["capacityProvider"] = "scratch-cp" });
            Assert.Equal("INACTIVE", reply["capacityProvider"]!["status"]!.GetValue<string>());
        },
        ["ecs:DescribeCapacityProviders"] = async (s, _) =>
        {
            var all = await s.JsonAsync("ecs", "DescribeCapacityProviders", new JsonObject { ["include"] = new JsonArray("TAGS") });
            Assert.Equal(["FARGATE", "FARGATE_SPOT", "prod-asg-cp"], all["capacityProviders"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
            var paged = await s.JsonAsync("ecs", "DescribeCapacityProviders", new JsonObject { ["maxResults"] = 2 });
            await s.JsonAsync("ecs", "DescribeCapacityProviders", new JsonObject { ["nextToken"] = paged["nextToken"]!.GetValue<string>() });
            var named = await s.JsonAsync("ecs", "DescribeCapacityProviders", new JsonObject { ["capacityProviders"] = new JsonArray("prod-asg-cp", "missing-cp") });
            Assert.Single(named["capacityProviders"]!.AsArray());
            Assert.Single(named["failures"]!.AsArray());
        },
        ["ecs:PutClusterCapacityProviders"] = async (s, _) =>
        {
            await s.JsonAsync("ecs", "CreateCapacityProvider", Create("qa-cp"));
            await s.JsonAsync("ecs", "CreateCluster", new JsonObject { ["clusterName"] = "qa" });
            var reply = await s.JsonAsync("ecs", "PutClusterCapacityProviders", new JsonObject
            {
                ["cluster"] = "qa",
                ["capacityProviders"] = new JsonArray("qa-cp"),
                ["defaultCapacityProviderStrategy"] = new JsonArray(new JsonObject { ["capacityProvider"] = "qa-cp", ["weight"] = 1, ["base"] = 0 }),
            });
            Assert.Equal(["qa-cp"], reply["cluster"]!["capacityProviders"]!.AsArray().Select(p => p!.GetValue<string>()));
            await s.JsonAsync("ecs", "PutClusterCapacityProviders", new JsonObject
            {
                ["cluster"] = "qa", ["capacityProviders"] = new JsonArray(), ["defaultCapacityProviderStrategy"] = new JsonArray(),
            });
        },
    };
}
