using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Engine;

internal sealed partial class Simulation
{
    public TaskState LaunchTask(ClusterState cluster, TaskRequest request, Placement placement, DateTimeOffset now)
    {
        var definition = request.Definition;
        var id = Ids.Hex(32);
        var containers = new List<ContainerState>();
        string? pullError = null;
        var exitsAtStart = false;
        foreach (var container in definition.Containers)
        {
            var image = Registry.ResolveImage(container.Image, now);
            pullError ??= image.PullError;
            exitsAtStart |= container.Essential && image.ExitsAtStart;
            containers.Add(new ContainerState
            {
                Name = container.Name,
                Arn = Arns.Container(cluster.Name, id, Ids.Guid()),
                Image = container.Image,
                ImageDigest = image.Digest,
                HealthStatus = container.HealthCheck is null ? null : "UNKNOWN",
                Cpu = container.Cpu,
                Memory = container.Memory,
                ContainerPort = container.PortMappings.FirstOrDefault()?.ContainerPort,
            });
        }

        var essentialCheck = definition.Containers.FirstOrDefault(c => c.Essential)?.HealthCheck;
        var task = new TaskState
        {
            Id = id,
            Arn = Arns.Task(cluster.Name, id),
            ClusterArn = cluster.Arn,
            TaskDefinitionArn = definition.Arn,
            Group = request.Group,
            StartedBy = request.StartedBy,
            ServiceName = request.ServiceName,
            DeploymentId = request.DeploymentId,
            LaunchType = placement.LaunchType,
            CapacityProviderName = placement.CapacityProviderName,
            ContainerInstanceArn = placement.Instance?.Arn,
            AvailabilityZone = placement.AvailabilityZone,
            Cpu = definition.Cpu,
            Memory = definition.Memory,
            Network = NewNetwork(placement.SubnetId),
            CreatedAt = now,
            Containers = containers,
            NextTransitionAt = now + Timings.Provisioning(placement.LaunchType),
            PullError = pullError,
            ExitsAtStart = exitsAtStart,
            HealthCheckStartPeriod = essentialCheck is null ? null : TimeSpan.FromSeconds(Math.Max(essentialCheck.StartPeriod, essentialCheck.Interval)),
            TargetGroupArn = request.TargetGroupArn,
            Tags = new Dictionary<string, string>(request.Tags),
            EnableExecuteCommand = request.EnableExecuteCommand,
        };
        cluster.Tasks.Add(task);
        return task;
    }

    public TaskNetwork NewNetwork(string subnetId)
    {
        var subnetIndex = Math.Abs(subnetId.GetHashCode(StringComparison.Ordinal) % 16);
        var ip = $"10.0.{(subnetIndex * 16) + Ids.Random.Next(16)}.{Ids.Random.Next(2, 255)}";
        var mac = string.Join(':', "0a", Ids.Hex(2), Ids.Hex(2), Ids.Hex(2), Ids.Hex(2), Ids.Hex(2));
        return new TaskNetwork(Ids.Guid(), subnetId, ip, mac, "eni-" + Ids.Hex(17));
    }
}
