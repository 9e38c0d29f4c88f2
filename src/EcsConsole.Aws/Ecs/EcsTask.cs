using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>Task</c>, renamed so it does not collide with <see cref="System.Threading.Tasks.Task"/>.</summary>
public sealed record EcsTask
{
    [JsonPropertyName("taskArn")] public string? TaskArn { get; init; }
    [JsonPropertyName("clusterArn")] public string? ClusterArn { get; init; }
    [JsonPropertyName("taskDefinitionArn")] public string? TaskDefinitionArn { get; init; }
    [JsonPropertyName("group")] public string? Group { get; init; }
    [JsonPropertyName("lastStatus")] public string? LastStatus { get; init; }
    [JsonPropertyName("desiredStatus")] public string? DesiredStatus { get; init; }
    [JsonPropertyName("healthStatus")] public string? HealthStatus { get; init; }
    [JsonPropertyName("launchType")] public string? LaunchType { get; init; }
    [JsonPropertyName("capacityProviderName")] public string? CapacityProviderName { get; init; }
    [JsonPropertyName("availabilityZone")] public string? AvailabilityZone { get; init; }
    [JsonPropertyName("platformVersion")] public string? PlatformVersion { get; init; }
    [JsonPropertyName("cpu")] public string? Cpu { get; init; }
    [JsonPropertyName("memory")] public string? Memory { get; init; }
    [JsonPropertyName("containers")] public IReadOnlyList<Container>? Containers { get; init; }
    [JsonPropertyName("attachments")] public IReadOnlyList<Attachment>? Attachments { get; init; }
    [JsonPropertyName("connectivity")] public string? Connectivity { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("pullStartedAt")] public DateTimeOffset? PullStartedAt { get; init; }
    [JsonPropertyName("pullStoppedAt")] public DateTimeOffset? PullStoppedAt { get; init; }
    [JsonPropertyName("startedAt")] public DateTimeOffset? StartedAt { get; init; }
    [JsonPropertyName("stoppingAt")] public DateTimeOffset? StoppingAt { get; init; }
    [JsonPropertyName("executionStoppedAt")] public DateTimeOffset? ExecutionStoppedAt { get; init; }
    [JsonPropertyName("stoppedAt")] public DateTimeOffset? StoppedAt { get; init; }
    [JsonPropertyName("stopCode")] public string? StopCode { get; init; }
    [JsonPropertyName("stoppedReason")] public string? StoppedReason { get; init; }
    [JsonPropertyName("containerInstanceArn")] public string? ContainerInstanceArn { get; init; }
    [JsonPropertyName("startedBy")] public string? StartedBy { get; init; }
    [JsonPropertyName("enableExecuteCommand")] public bool? EnableExecuteCommand { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
    [JsonPropertyName("version")] public long? Version { get; init; }
    [JsonPropertyName("attributes")] public IReadOnlyList<EcsAttribute>? Attributes { get; init; }
    [JsonPropertyName("connectivityAt")] public DateTimeOffset? ConnectivityAt { get; init; }
    [JsonPropertyName("inferenceAccelerators")] public IReadOnlyList<InferenceAccelerator>? InferenceAccelerators { get; init; }
    [JsonPropertyName("overrides")] public TaskOverride? Overrides { get; init; }
    [JsonPropertyName("platformFamily")] public string? PlatformFamily { get; init; }
    [JsonPropertyName("ephemeralStorage")] public EphemeralStorage? EphemeralStorage { get; init; }
    [JsonPropertyName("fargateEphemeralStorage")] public TaskEphemeralStorage? FargateEphemeralStorage { get; init; }
}

/// <summary>ECS model shape <c>Container</c>: a running container of a task.</summary>
public sealed record Container
{
    [JsonPropertyName("containerArn")] public string? ContainerArn { get; init; }
    [JsonPropertyName("taskArn")] public string? TaskArn { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("image")] public string? Image { get; init; }
    [JsonPropertyName("imageDigest")] public string? ImageDigest { get; init; }
    [JsonPropertyName("runtimeId")] public string? RuntimeId { get; init; }
    [JsonPropertyName("lastStatus")] public string? LastStatus { get; init; }
    [JsonPropertyName("exitCode")] public int? ExitCode { get; init; }
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    [JsonPropertyName("networkBindings")] public IReadOnlyList<NetworkBinding>? NetworkBindings { get; init; }
    [JsonPropertyName("healthStatus")] public string? HealthStatus { get; init; }
    [JsonPropertyName("cpu")] public string? Cpu { get; init; }
    [JsonPropertyName("memory")] public string? Memory { get; init; }
    [JsonPropertyName("memoryReservation")] public string? MemoryReservation { get; init; }
    [JsonPropertyName("networkInterfaces")] public IReadOnlyList<NetworkInterface>? NetworkInterfaces { get; init; }
    [JsonPropertyName("managedAgents")] public IReadOnlyList<ManagedAgent>? ManagedAgents { get; init; }
    [JsonPropertyName("gpuIds")] public IReadOnlyList<string>? GpuIds { get; init; }
    [JsonPropertyName("neuronDeviceIds")] public IReadOnlyList<string>? NeuronDeviceIds { get; init; }
}

/// <summary>ECS model shape <c>NetworkBinding</c>: a host port mapping on an EC2 container instance.</summary>
public sealed record NetworkBinding
{
    [JsonPropertyName("bindIP")] public string? BindIp { get; init; }
    [JsonPropertyName("containerPort")] public int? ContainerPort { get; init; }
    [JsonPropertyName("hostPort")] public int? HostPort { get; init; }
    [JsonPropertyName("protocol")] public string? Protocol { get; init; }
    [JsonPropertyName("containerPortRange")] public string? ContainerPortRange { get; init; }
    [JsonPropertyName("hostPortRange")] public string? HostPortRange { get; init; }
}
