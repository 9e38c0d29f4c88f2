using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecs;

public sealed partial class EcsJsonApi
{
    private static readonly string[] Toggle = ["ENABLED", "DISABLED"];

    private void RegisterCapacityProviders()
    {
        Register("CreateCapacityProvider", CreateCapacityProvider);
        Register("DeleteCapacityProvider", DeleteCapacityProvider);
        Register("DescribeCapacityProviders", input => _engine.Read(state => DescribeCapacityProviders(state, input)));
        Register("PutClusterCapacityProviders", PutClusterCapacityProviders);
    }

    private JsonObject CreateCapacityProvider(JsonInput input)
    {
        var name = input.RequiredString("name");
        if (input.Object("managedInstancesProvider") is not null)
        {
            throw new SandboxApiException("UnsupportedFeatureException", "Managed instances capacity providers are not supported by the sandbox.");
        }

        var group = input.Object("autoScalingGroupProvider")
            ?? throw SandboxErrors.InvalidParameter("An autoScalingGroupProvider is required for an Auto Scaling group capacity provider.");
        var scaling = group.Object("managedScaling");
        var arn = _engine.Ecs.CreateCapacityProvider(new CapacityProviderRequest(
            name,
            group.RequiredString("autoScalingGroupArn"),
            scaling is null ? null : new ManagedScalingState(
                scaling.Enum("status", Toggle) ?? "ENABLED",
                scaling.Int("targetCapacity") ?? 100,
                scaling.Int("minimumScalingStepSize") ?? 1,
                scaling.Int("maximumScalingStepSize") ?? 10000,
                scaling.Int("instanceWarmupPeriod") ?? 300),
            group.Enum("managedTerminationProtection", Toggle) ?? "DISABLED",
            group.Enum("managedDraining", Toggle) ?? "ENABLED",
            Tags(input)));
        return _engine.Read(state => new JsonObject { ["capacityProvider"] = EcsCapacityProviderWire.CapacityProvider(state.FindCapacityProvider(arn)!, includeTags: true) });
    }

    private JsonObject DeleteCapacityProvider(JsonInput input)
    {
        var arn = _engine.Ecs.DeleteCapacityProvider(input.RequiredString("capacityProvider"));
        return _engine.Read(state => new JsonObject { ["capacityProvider"] = EcsCapacityProviderWire.CapacityProvider(state.CapacityProviders.First(p => p.Arn == arn), includeTags: false) });
    }

    private JsonObject DescribeCapacityProviders(SandboxState state, JsonInput input)
    {
        var include = Include(input, "TAGS");
        var tags = include.Contains("TAGS");
        if (input.StringList("capacityProviders") is { Count: > 0 } names)
        {
            var found = new JsonArray();
            var failures = new JsonArray();
            foreach (var name in names)
            {
                if (state.FindCapacityProvider(name) is { } provider)
                {
                    found.Add(EcsCapacityProviderWire.CapacityProvider(provider, tags));
                }
                else
                {
                    failures.Add(WireJson.Failure(name.StartsWith("arn:", StringComparison.Ordinal) ? name : Arns.CapacityProvider(name), "MISSING"));
                }
            }

            return new JsonObject { ["capacityProviders"] = found, ["failures"] = failures };
        }

        var all = state.CapacityProviders.Where(p => p.Status == "ACTIVE").ToList();
        var (page, next) = Paginator.Page(all, input, "DescribeCapacityProviders", 10, 10);
        return new JsonObject
        {
            ["capacityProviders"] = WireJson.Array(page.Select(p => (JsonNode)EcsCapacityProviderWire.CapacityProvider(p, tags))),
            ["failures"] = new JsonArray(),
        }.With("nextToken", next);
    }

    private JsonObject PutClusterCapacityProviders(JsonInput input)
    {
        var cluster = input.RequiredString("cluster");
        var providers = input.StringList("capacityProviders") ?? throw SandboxErrors.InvalidParameter("capacityProviders can not be null.");
        var strategy = Strategy(input.ObjectList("defaultCapacityProviderStrategy") ?? throw SandboxErrors.InvalidParameter("defaultCapacityProviderStrategy can not be null."));
        var arn = _engine.Ecs.PutClusterCapacityProviders(cluster, providers, strategy);
        return _engine.Read(state => new JsonObject { ["cluster"] = EcsClusterWire.Cluster(state.FindCluster(arn)!, ["SETTINGS", "TAGS"]) });
    }

    private static List<CapacityProviderStrategyState> Strategy(IReadOnlyList<JsonInput> items) =>
        items.Select(s => new CapacityProviderStrategyState(s.RequiredString("capacityProvider"), s.Int("weight") ?? 0, s.Int("base") ?? 0)).ToList();

    private static Dictionary<string, string> Tags(JsonInput input)
    {
        var tags = input.ObjectList("tags") ?? [];
        if (tags.Count > 50)
        {
            throw SandboxErrors.InvalidParameter("A resource can have at most 50 tags.");
        }

        return tags.ToDictionary(t => t.RequiredString("key"), t => t.String("value") ?? "", StringComparer.Ordinal);
    }
}
