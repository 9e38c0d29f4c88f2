namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed class TaskState
{
    public required string Id { get; init; }

    public required string Arn { get; init; }

    public required string ClusterArn { get; init; }

    public required string TaskDefinitionArn { get; init; }

    public required string Group { get; init; }

    public string? StartedBy { get; init; }

    public string? ServiceName { get; init; }

    public string? DeploymentId { get; init; }

    public required string LaunchType { get; init; }

    public string? CapacityProviderName { get; init; }

    public string? ContainerInstanceArn { get; init; }

    public required string AvailabilityZone { get; init; }

    public required string Cpu { get; init; }

    public required string Memory { get; init; }

    public required TaskNetwork Network { get; init; }

    public string LastStatus { get; set; } = "PROVISIONING";

    public string DesiredStatus { get; set; } = "RUNNING";

    public string HealthStatus { get; set; } = "UNKNOWN";

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PullStartedAt { get; set; }

    public DateTimeOffset? PullStoppedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? ConnectivityAt { get; set; }

    public DateTimeOffset? StoppingAt { get; set; }

    public DateTimeOffset? ExecutionStoppedAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    public string? StopCode { get; set; }

    public string? StoppedReason { get; set; }

    /// <summary>Bumped on every change, like the version ECS reports for task state change events.</summary>
    public long Version { get; set; } = 1;

    public required List<ContainerState> Containers { get; init; }

    /// <summary>ECS Exec: the task was started with execute command enabled, so its containers run the exec agent.</summary>
    public bool EnableExecuteCommand { get; init; }

    /// <summary>When the current status ends; the simulation moves the task on at this time.</summary>
    public DateTimeOffset NextTransitionAt { get; set; }

    /// <summary>When the essential container is healthy (start period over); null without a health check.</summary>
    public DateTimeOffset? HealthyAt { get; set; }

    /// <summary>The image cannot start: its container exits with code 1 shortly after it starts.</summary>
    public bool ExitsAtStart { get; init; }

    /// <summary>When the exiting container of an <see cref="ExitsAtStart"/> task exits.</summary>
    public DateTimeOffset? ExitAt { get; set; }

    /// <summary>The essential container's health check start period; null without a health check.</summary>
    public TimeSpan? HealthCheckStartPeriod { get; init; }

    /// <summary>Set when the image does not exist in the registry: the pull fails.</summary>
    public string? PullError { get; init; }

    /// <summary>Target group the task registers in while running behind a load balancer.</summary>
    public string? TargetGroupArn { get; init; }

    public Dictionary<string, string> Tags { get; init; } = [];

    public bool IsAlive => DesiredStatus == "RUNNING";
}

public sealed record TaskNetwork(string AttachmentId, string SubnetId, string PrivateIpv4Address, string MacAddress, string EniId);
