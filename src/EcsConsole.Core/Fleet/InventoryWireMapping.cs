using EcsConsole.Aws.Ecs;
using EcsConsole.Core.History;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.Fleet;

/// <summary>Turns ECS wire records of tasks, deployments and service settings into the inventory's domain records.</summary>
internal static class InventoryWireMapping
{
    public static TaskSummary ToSummary(this EcsTask task, string cluster, TaskDefinition? definition)
    {
        var arn = task.TaskArn ?? "";
        return new TaskSummary(
            Arn: arn,
            Id: TaskIds.FromArn(arn),
            Cluster: cluster,
            Group: task.Group,
            TaskDefinition: TaskDefinitionNames.FamilyRevision(task.TaskDefinitionArn ?? ""),
            LastStatus: task.LastStatus ?? "UNKNOWN",
            DesiredStatus: task.DesiredStatus,
            Health: task.HealthStatus,
            StopCode: task.StopCode,
            StoppedReason: task.StoppedReason,
            PrivateIp: PrivateIpOf(task),
            AvailabilityZone: task.AvailabilityZone,
            LaunchType: task.LaunchType ?? task.CapacityProviderName,
            StartedAt: task.StartedAt,
            StoppedAt: task.StoppedAt,
            Containers: new ValueList<ContainerSummary>((task.Containers ?? []).Select(c => c.ToSummary(definition))),
            Source: TaskSource.Ecs);
    }

    public static TaskSummary ToSummary(this StoppedTaskSummary stopped) => new(
        Arn: stopped.TaskArn,
        Id: stopped.TaskId,
        Cluster: stopped.Cluster,
        Group: stopped.Group,
        TaskDefinition: stopped.TaskDefinition,
        LastStatus: stopped.LastStatus,
        DesiredStatus: "STOPPED",
        Health: null,
        StopCode: stopped.StopCode,
        StoppedReason: stopped.StoppedReason,
        PrivateIp: stopped.PrivateIp,
        AvailabilityZone: stopped.AvailabilityZone,
        LaunchType: null,
        StartedAt: stopped.StartedAt,
        StoppedAt: stopped.StoppedAt,
        Containers: new ValueList<ContainerSummary>(stopped.Containers.Select(c =>
            new ContainerSummary(c.Name, null, null, "STOPPED", null, c.ExitCode, c.Reason, ValueList<string>.Empty))),
        Source: TaskSource.Archive);

    public static DeploymentSummary ToSummary(this Deployment deployment) => new(
        Id: deployment.Id ?? "",
        Status: deployment.Status ?? "UNKNOWN",
        TaskDefinition: TaskDefinitionNames.FamilyRevision(deployment.TaskDefinition ?? ""),
        Desired: deployment.DesiredCount ?? 0,
        Running: deployment.RunningCount ?? 0,
        Pending: deployment.PendingCount ?? 0,
        Failed: deployment.FailedTasks ?? 0,
        RolloutState: deployment.RolloutState,
        RolloutStateReason: deployment.RolloutStateReason,
        CreatedAt: deployment.CreatedAt,
        UpdatedAt: deployment.UpdatedAt);

    public static ServiceEventEntry ToEntry(this ServiceEvent serviceEvent) =>
        new(serviceEvent.Id ?? $"{serviceEvent.CreatedAt:O}/{serviceEvent.Message}", serviceEvent.CreatedAt, serviceEvent.Message ?? "");

    public static NetworkSettings ToNetworkSettings(this NetworkConfiguration? network)
    {
        var vpc = network?.AwsvpcConfiguration;
        return new NetworkSettings(
            new ValueList<string>(vpc?.Subnets ?? []),
            new ValueList<string>(vpc?.SecurityGroups ?? []),
            vpc?.AssignPublicIp);
    }

    public static DeploymentSettings ToDeploymentSettings(this Service service)
    {
        var config = service.DeploymentConfiguration;
        var breaker = config?.DeploymentCircuitBreaker;
        var alarms = config?.Alarms;
        return new DeploymentSettings(
            Controller: service.DeploymentController?.Type ?? "ECS",
            Strategy: config?.Strategy ?? "ROLLING",
            MinimumHealthyPercent: config?.MinimumHealthyPercent,
            MaximumPercent: config?.MaximumPercent,
            CircuitBreaker: breaker is { Enable: true } ? (breaker.Rollback ? "on, rolls back" : "on") : "off",
            Alarms: new ValueList<string>(alarms is { Enable: true } ? alarms.AlarmNames : []));
    }

    /// <summary>The task definition's containers as <c>name: image</c>, in definition order.</summary>
    public static ValueList<string> ImagesOf(TaskDefinition? definition) =>
        new((definition?.ContainerDefinitions ?? []).Select(c => $"{c.Name}: {c.Image}"));

    private static ContainerSummary ToSummary(this Container container, TaskDefinition? definition)
    {
        var declared = definition?.ContainerDefinitions?.FirstOrDefault(d => d.Name == container.Name);
        var bindings = (container.NetworkBindings ?? [])
            .Select(b => $"{b.HostPort}→{b.ContainerPort}/{b.Protocol ?? "tcp"}")
            .ToList();
        // awsvpc tasks have no host bindings: the task's own IP serves the container ports.
        var ports = bindings.Count > 0
            ? bindings
            : (declared?.PortMappings ?? []).Select(p => $"{p.ContainerPort}/{p.Protocol ?? "tcp"}").ToList();
        return new ContainerSummary(
            Name: container.Name ?? "",
            Image: container.Image ?? declared?.Image,
            ImageDigest: container.ImageDigest,
            LastStatus: container.LastStatus,
            Health: container.HealthStatus,
            ExitCode: container.ExitCode,
            Reason: container.Reason,
            Ports: new ValueList<string>(ports));
    }

    private static string? PrivateIpOf(EcsTask task)
    {
        var eniAddress = (task.Attachments ?? [])
            .Where(a => a.Type == "ElasticNetworkInterface")
            .SelectMany(a => a.Details ?? [])
            .FirstOrDefault(d => d.Name == "privateIPv4Address")?.Value;
        return eniAddress ?? (task.Containers ?? [])
            .SelectMany(c => c.NetworkInterfaces ?? [])
            .Select(n => n.PrivateIpv4Address)
            .FirstOrDefault(ip => ip is not null);
    }
}
