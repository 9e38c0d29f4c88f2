using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecs;

internal static class EcsClusterWire
{
    public static JsonObject Cluster(ClusterState cluster, IReadOnlyCollection<string> include)
    {
        var json = new JsonObject
        {
            ["clusterArn"] = cluster.Arn,
            ["clusterName"] = cluster.Name,
            ["status"] = cluster.Status,
            ["registeredContainerInstancesCount"] = cluster.RegisteredContainerInstancesCount,
            ["runningTasksCount"] = cluster.RunningTasksCount,
            ["pendingTasksCount"] = cluster.PendingTasksCount,
            ["activeServicesCount"] = cluster.ActiveServicesCount,
            ["statistics"] = include.Contains("STATISTICS") ? Statistics(cluster) : new JsonArray(),
            ["tags"] = include.Contains("TAGS") ? WireJson.Tags(cluster.Tags) : new JsonArray(),
            ["capacityProviders"] = WireJson.Strings(cluster.CapacityProviders),
            ["defaultCapacityProviderStrategy"] = Strategy(cluster.DefaultCapacityProviderStrategy),
        };
        if (include.Contains("CONFIGURATIONS") && cluster.Configuration is { } configuration)
        {
            json["configuration"] = configuration.DeepClone();
        }

        if (include.Contains("SETTINGS"))
        {
            json["settings"] = new JsonArray(new JsonObject { ["name"] = "containerInsights", ["value"] = cluster.ContainerInsights });
        }

        return json;
    }

    public static JsonArray Strategy(IEnumerable<CapacityProviderStrategyState> strategy) =>
        WireJson.Array(strategy.Select(s => new JsonObject { ["capacityProvider"] = s.CapacityProvider, ["weight"] = s.Weight, ["base"] = s.Base }));

    private static JsonArray Statistics(ClusterState cluster)
    {
        int Count(IEnumerable<TaskState> tasks, string launchType, Func<TaskState, bool> filter) =>
            tasks.Count(t => t.LaunchType == launchType && filter(t));
        bool Running(TaskState t) => t.LastStatus == "RUNNING";
        bool Pending(TaskState t) => t.LastStatus is "PROVISIONING" or "PENDING" or "ACTIVATING";
        var serviceLaunchTypes = cluster.Services.Where(s => s.Status == "ACTIVE")
            .Select(s => s.LaunchType ?? (s.CapacityProviderStrategy.Any(c => c.CapacityProvider.StartsWith("FARGATE", StringComparison.Ordinal)) ? "FARGATE" : cluster.LaunchType))
            .ToList();
        var values = new Dictionary<string, int>
        {
            ["runningEC2TasksCount"] = Count(cluster.Tasks, "EC2", Running),
            ["runningFargateTasksCount"] = Count(cluster.Tasks, "FARGATE", Running),
            ["pendingEC2TasksCount"] = Count(cluster.Tasks, "EC2", Pending),
            ["pendingFargateTasksCount"] = Count(cluster.Tasks, "FARGATE", Pending),
            ["activeEC2ServiceCount"] = serviceLaunchTypes.Count(l => l == "EC2"),
            ["activeFargateServiceCount"] = serviceLaunchTypes.Count(l => l == "FARGATE"),
            ["drainingEC2ServiceCount"] = 0,
            ["drainingFargateServiceCount"] = 0,
        };
        return WireJson.NameValues(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
