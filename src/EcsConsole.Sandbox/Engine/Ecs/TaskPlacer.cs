namespace EcsConsole.Sandbox.Engine.Ecs;

/// <summary>Where ECS puts a task: capacity provider or launch type, availability zone and (on EC2) a container instance.</summary>
internal sealed class TaskPlacer(SandboxState state, ArnFactory arns)
{
    private const string Troubleshooting = "For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.";

    /// <summary>Chooses capacity, zone and (on EC2) an instance for one task, spreading it away from its peers (same group).</summary>
    public Placement Place(ClusterState cluster, TaskRequest request)
    {
        var alive = cluster.Tasks.Where(t => t.Group == request.Group && t.IsAlive).ToList();
        var (launchType, provider) = ChooseCapacity(cluster, request, alive);
        if (launchType == "FARGATE")
        {
            // Spread over the requested subnets (availability zones), as ECS does for Fargate.
            var subnet = request.Subnets.OrderBy(s => alive.Count(t => t.Network.SubnetId == s)).ThenBy(s => s, StringComparer.Ordinal).First();
            return new Placement(null, launchType, provider, null, subnet, state.AvailabilityZoneOf(subnet, arns.Region));
        }

        var definition = request.Definition;
        var cpu = int.Parse(definition.Cpu, System.Globalization.CultureInfo.InvariantCulture);
        var memory = int.Parse(definition.Memory, System.Globalization.CultureInfo.InvariantCulture);
        var instances = cluster.ContainerInstances.Where(i => i.Status == "ACTIVE" && i.AgentConnected).ToList();
        if (instances.Count == 0)
        {
            return Placement.Failed($"was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. {Troubleshooting}", "No Container Instances were found in your cluster.", null);
        }

        var fitting = instances.Where(i => cluster.RemainingCpu(i) >= cpu && cluster.RemainingMemory(i) >= memory).ToList();
        if (fitting.Count == 0)
        {
            var closest = instances.MaxBy(i => cluster.RemainingMemory(i))!;
            var lacking = cluster.RemainingMemory(closest) < memory ? "memory" : "CPU";
            return Placement.Failed($"was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance {closest.Id}) has insufficient {lacking} available. {Troubleshooting}", lacking == "memory" ? "RESOURCE:MEMORY" : "RESOURCE:CPU", closest.Arn);
        }

        // Spread across availability zones first, then across instances, like the default ECS placement strategy.
        var chosen = fitting
            .OrderBy(i => alive.Count(t => t.AvailabilityZone == i.AvailabilityZone))
            .ThenBy(i => alive.Count(t => t.ContainerInstanceArn == i.Arn))
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .First();
        var instanceSubnet = request.Subnets.FirstOrDefault(s => state.AvailabilityZoneOf(s, arns.Region) == chosen.AvailabilityZone) ?? request.Subnets[0];
        return new Placement(null, launchType, provider ?? chosen.CapacityProviderName, chosen, instanceSubnet, chosen.AvailabilityZone);
    }

    private static (string LaunchType, string? Provider) ChooseCapacity(ClusterState cluster, TaskRequest request, List<TaskState> alive)
    {
        if (request.LaunchType is not null)
        {
            return (request.LaunchType, null);
        }

        var strategy = request.CapacityProviderStrategy.Count > 0 ? request.CapacityProviderStrategy : cluster.DefaultCapacityProviderStrategy;
        if (strategy.Count == 0)
        {
            return (cluster.LaunchType, null);
        }

        // Fill each provider's base first, then share by weight.
        var counts = strategy.ToDictionary(s => s.CapacityProvider, s => alive.Count(t => t.CapacityProviderName == s.CapacityProvider));
        var item = strategy.FirstOrDefault(s => counts[s.CapacityProvider] < s.Base)
            ?? strategy.Where(s => s.Weight > 0).MinBy(s => (counts[s.CapacityProvider] + 1.0) / s.Weight)
            ?? strategy[0];
        var launchType = item.CapacityProvider.StartsWith("FARGATE", StringComparison.Ordinal) ? "FARGATE" : "EC2";
        return (launchType, item.CapacityProvider);
    }
}
