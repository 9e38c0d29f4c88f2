namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed partial class EcsOperations
{
    private static readonly string[] FargateProviders = ["FARGATE", "FARGATE_SPOT"];

    /// <summary>
    /// Creates a cluster, as ECS CreateCluster: idempotent for an active name. Fargate capacity providers make a Fargate
    /// cluster; anything else is EC2 capacity with no container instances yet. Returns its ARN.
    /// </summary>
    public string CreateCluster(
        string name,
        IReadOnlyList<string> capacityProviders,
        IReadOnlyList<CapacityProviderStrategyState> strategy,
        IReadOnlyDictionary<string, string> tags,
        string containerInsights = "disabled",
        System.Text.Json.Nodes.JsonObject? configuration = null) =>
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

            if (containerInsights is not ("enabled" or "enhanced" or "disabled"))
            {
                throw SandboxErrors.InvalidParameter($"The containerInsights setting '{containerInsights}' is not valid. Specify enabled, enhanced or disabled.");
            }

            var providers = ResolveProviders(sim.State, name, capacityProviders);
            ValidateStrategy(sim.State, providers, strategy);

            sim.State.Clusters.RemoveAll(c => c.Name == name);
            var cluster = new ClusterState
            {
                Name = name,
                Arn = sim.Arns.Cluster(name),
                CapacityProviders = providers,
                DefaultCapacityProviderStrategy = strategy,
                LaunchType = LaunchTypeOf(sim.State, providers),
                ContainerInsights = containerInsights,
                Tags = new Dictionary<string, string>(tags),
                Configuration = configuration?.DeepClone().AsObject(),
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
