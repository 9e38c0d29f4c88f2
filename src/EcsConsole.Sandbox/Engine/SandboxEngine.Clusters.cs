namespace EcsConsole.Sandbox.Engine;

public sealed partial class SandboxEngine
{
    private static readonly string[] FargateProviders = ["FARGATE", "FARGATE_SPOT"];

    /// <summary>
    /// Creates a cluster, as ECS CreateCluster: idempotent for an active name. Fargate capacity providers make a Fargate
    /// cluster; anything else is EC2 capacity with no container instances yet. Returns its ARN.
    /// </summary>
    public string CreateCluster(string name, IReadOnlyList<string> capacityProviders, IReadOnlyList<CapacityProviderStrategyState> strategy, IReadOnlyDictionary<string, string> tags, string containerInsights = "disabled") =>
        Write((sim, _) =>
        {
            if (name.Length is 0 or > 255 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw SandboxErrors.InvalidParameter("Cluster names can have up to 255 characters: letters, numbers, hyphens and underscores.");
            }

            if (sim.State.FindCluster(name) is { Status: "ACTIVE" } existing)
            {
                return existing.Arn;
            }

            var unknown = strategy.Select(s => s.CapacityProvider).FirstOrDefault(p => !capacityProviders.Contains(p));
            if (unknown is not null)
            {
                throw SandboxErrors.InvalidParameter($"The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster: {unknown}.");
            }

            sim.State.Clusters.RemoveAll(c => c.Name == name);
            var cluster = new ClusterState
            {
                Name = name,
                Arn = sim.Arns.Cluster(name),
                CapacityProviders = capacityProviders,
                DefaultCapacityProviderStrategy = strategy,
                LaunchType = capacityProviders.Count == 0 || capacityProviders.All(FargateProviders.Contains) ? "FARGATE" : "EC2",
                ContainerInsights = containerInsights,
                Tags = new Dictionary<string, string>(tags),
            };
            sim.State.Clusters.Add(cluster);
            return cluster.Arn;
        });

    /// <summary>Deletes an empty cluster, as ECS DeleteCluster: it turns INACTIVE and stays describable.</summary>
    public string DeleteCluster(string name) =>
        Write((sim, _) =>
        {
            var cluster = sim.State.FindCluster(name) is { Status: "ACTIVE" } found ? found : throw SandboxErrors.ClusterNotFound();
            if (cluster.Services.Any(s => s.Status != "INACTIVE"))
            {
                throw new SandboxApiException("ClusterContainsServicesException", "The Cluster cannot be deleted while Services are active.");
            }

            if (cluster.Tasks.Any(t => t.LastStatus != "STOPPED"))
            {
                throw new SandboxApiException("ClusterContainsTasksException", "The Cluster cannot be deleted while Tasks are active.");
            }

            if (cluster.ContainerInstances.Count > 0)
            {
                throw new SandboxApiException("ClusterContainsContainerInstancesException", "The Cluster cannot be deleted while Container Instances are active or draining.");
            }

            cluster.Status = "INACTIVE";
            return cluster.Arn;
        });
}
