namespace EcsConsole.Sandbox.Engine;

internal sealed partial class Simulation
{
    private const string Troubleshooting = "For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.";

    public Placement Place(ClusterState cluster, ServiceState service, string taskDefinitionArn)
    {
        var alive = cluster.Tasks.Where(t => t.ServiceName == service.Name && t.IsAlive).ToList();
        var (launchType, provider) = ChooseCapacity(cluster, service, alive);
        if (launchType == "FARGATE")
        {
            // Spread over the service's subnets (availability zones), as ECS does for Fargate.
            var subnet = service.Subnets.OrderBy(s => alive.Count(t => t.Network.SubnetId == s)).ThenBy(s => s, StringComparer.Ordinal).First();
            return new Placement(null, launchType, provider, null, subnet, State.AvailabilityZoneOf(subnet, Arns.Region));
        }

        var definition = State.FindTaskDefinition(taskDefinitionArn)!;
        var cpu = int.Parse(definition.Cpu, System.Globalization.CultureInfo.InvariantCulture);
        var memory = int.Parse(definition.Memory, System.Globalization.CultureInfo.InvariantCulture);
        var instances = cluster.ContainerInstances.Where(i => i.Status == "ACTIVE" && i.AgentConnected).ToList();
        if (instances.Count == 0)
        {
            return Placement.Failed($"was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. {Troubleshooting}");
        }

        var fitting = instances.Where(i => cluster.RemainingCpu(i) >= cpu && cluster.RemainingMemory(i) >= memory).ToList();
        if (fitting.Count == 0)
        {
            var closest = instances.MaxBy(i => cluster.RemainingMemory(i))!;
            var lacking = cluster.RemainingMemory(closest) < memory ? "memory" : "CPU";
            return Placement.Failed($"was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance {closest.Id}) has insufficient {lacking} available. {Troubleshooting}");
        }

        // Spread across availability zones first, then across instances, like the default ECS placement strategy.
        var chosen = fitting
            .OrderBy(i => alive.Count(t => t.AvailabilityZone == i.AvailabilityZone))
            .ThenBy(i => alive.Count(t => t.ContainerInstanceArn == i.Arn))
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .First();
        var instanceSubnet = service.Subnets.FirstOrDefault(s => State.AvailabilityZoneOf(s, Arns.Region) == chosen.AvailabilityZone) ?? service.Subnets[0];
        return new Placement(null, launchType, provider ?? chosen.CapacityProviderName, chosen, instanceSubnet, chosen.AvailabilityZone);
    }

    private (string LaunchType, string? Provider) ChooseCapacity(ClusterState cluster, ServiceState service, List<TaskState> alive)
    {
        if (service.LaunchType is not null)
        {
            return (service.LaunchType, null);
        }

        var strategy = service.CapacityProviderStrategy.Count > 0 ? service.CapacityProviderStrategy : cluster.DefaultCapacityProviderStrategy;
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
