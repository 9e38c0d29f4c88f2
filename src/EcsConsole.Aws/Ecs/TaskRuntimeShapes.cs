using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>ManagedAgent</c>.</summary>
public sealed record ManagedAgent
{
    [JsonPropertyName("lastStartedAt")] public DateTimeOffset? LastStartedAt { get; init; }
    /// <summary>ExecuteCommandAgent.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    [JsonPropertyName("lastStatus")] public string? LastStatus { get; init; }
}

/// <summary>ECS model shape <c>NetworkInterface</c>.</summary>
public sealed record NetworkInterface
{
    [JsonPropertyName("attachmentId")] public string? AttachmentId { get; init; }
    [JsonPropertyName("privateIpv4Address")] public string? PrivateIpv4Address { get; init; }
    [JsonPropertyName("ipv6Address")] public string? Ipv6Address { get; init; }
}

/// <summary>ECS model shape <c>TaskEphemeralStorage</c>.</summary>
public sealed record TaskEphemeralStorage
{
    [JsonPropertyName("sizeInGiB")] public int? SizeInGiB { get; init; }
    [JsonPropertyName("kmsKeyId")] public string? KmsKeyId { get; init; }
}

/// <summary>ECS model shape <c>TaskOverride</c>.</summary>
public sealed record TaskOverride
{
    [JsonPropertyName("containerOverrides")] public IReadOnlyList<ContainerOverride>? ContainerOverrides { get; init; }
    [JsonPropertyName("cpu")] public string? Cpu { get; init; }
    [JsonPropertyName("inferenceAcceleratorOverrides")] public IReadOnlyList<InferenceAcceleratorOverride>? InferenceAcceleratorOverrides { get; init; }
    [JsonPropertyName("executionRoleArn")] public string? ExecutionRoleArn { get; init; }
    [JsonPropertyName("memory")] public string? Memory { get; init; }
    [JsonPropertyName("taskRoleArn")] public string? TaskRoleArn { get; init; }
    [JsonPropertyName("ephemeralStorage")] public EphemeralStorage? EphemeralStorage { get; init; }
}

/// <summary>ECS model shape <c>ContainerOverride</c>.</summary>
public sealed record ContainerOverride
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("command")] public IReadOnlyList<string>? Command { get; init; }
    [JsonPropertyName("environment")] public IReadOnlyList<KeyValuePair>? Environment { get; init; }
    [JsonPropertyName("environmentFiles")] public IReadOnlyList<EnvironmentFile>? EnvironmentFiles { get; init; }
    [JsonPropertyName("cpu")] public int? Cpu { get; init; }
    [JsonPropertyName("memory")] public int? Memory { get; init; }
    [JsonPropertyName("memoryReservation")] public int? MemoryReservation { get; init; }
    [JsonPropertyName("resourceRequirements")] public IReadOnlyList<ResourceRequirement>? ResourceRequirements { get; init; }
}

/// <summary>ECS model shape <c>InferenceAcceleratorOverride</c>.</summary>
public sealed record InferenceAcceleratorOverride
{
    [JsonPropertyName("deviceName")] public string? DeviceName { get; init; }
    [JsonPropertyName("deviceType")] public string? DeviceType { get; init; }
}
