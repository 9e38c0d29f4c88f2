using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>ContainerDependency</c>.</summary>
public sealed record ContainerDependency
{
    [JsonPropertyName("containerName")] public string? ContainerName { get; init; }
    /// <summary>START, COMPLETE, SUCCESS, HEALTHY.</summary>
    [JsonPropertyName("condition")] public string? Condition { get; init; }
}

/// <summary>ECS model shape <c>ContainerRestartPolicy</c>.</summary>
public sealed record ContainerRestartPolicy
{
    [JsonPropertyName("enabled")] public bool? Enabled { get; init; }
    [JsonPropertyName("ignoredExitCodes")] public IReadOnlyList<int>? IgnoredExitCodes { get; init; }
    [JsonPropertyName("restartAttemptPeriod")] public int? RestartAttemptPeriod { get; init; }
}

/// <summary>ECS model shape <c>EnvironmentFile</c>.</summary>
public sealed record EnvironmentFile
{
    [JsonPropertyName("value")] public string? Value { get; init; }
    /// <summary>s3.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
}

/// <summary>ECS model shape <c>FirelensConfiguration</c>.</summary>
public sealed record FirelensConfiguration
{
    /// <summary>fluentd, fluentbit.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("options")] public IReadOnlyDictionary<string, string>? Options { get; init; }
}

/// <summary>ECS model shape <c>HostEntry</c>.</summary>
public sealed record HostEntry
{
    [JsonPropertyName("hostname")] public string? Hostname { get; init; }
    [JsonPropertyName("ipAddress")] public string? IpAddress { get; init; }
}

/// <summary>ECS model shape <c>LinuxParameters</c>.</summary>
public sealed record LinuxParameters
{
    [JsonPropertyName("capabilities")] public KernelCapabilities? Capabilities { get; init; }
    [JsonPropertyName("devices")] public IReadOnlyList<Device>? Devices { get; init; }
    [JsonPropertyName("initProcessEnabled")] public bool? InitProcessEnabled { get; init; }
    [JsonPropertyName("sharedMemorySize")] public int? SharedMemorySize { get; init; }
    [JsonPropertyName("tmpfs")] public IReadOnlyList<Tmpfs>? Tmpfs { get; init; }
    [JsonPropertyName("maxSwap")] public int? MaxSwap { get; init; }
    [JsonPropertyName("swappiness")] public int? Swappiness { get; init; }
}

/// <summary>ECS model shape <c>KernelCapabilities</c>.</summary>
public sealed record KernelCapabilities
{
    [JsonPropertyName("add")] public IReadOnlyList<string>? Add { get; init; }
    [JsonPropertyName("drop")] public IReadOnlyList<string>? Drop { get; init; }
}

/// <summary>ECS model shape <c>Device</c>.</summary>
public sealed record Device
{
    [JsonPropertyName("hostPath")] public string? HostPath { get; init; }
    [JsonPropertyName("containerPath")] public string? ContainerPath { get; init; }
    [JsonPropertyName("permissions")] public IReadOnlyList<string>? Permissions { get; init; }
}

/// <summary>ECS model shape <c>Tmpfs</c>.</summary>
public sealed record Tmpfs
{
    [JsonPropertyName("containerPath")] public string? ContainerPath { get; init; }
    [JsonPropertyName("size")] public int? Size { get; init; }
    [JsonPropertyName("mountOptions")] public IReadOnlyList<string>? MountOptions { get; init; }
}

/// <summary>ECS model shape <c>MountPoint</c>.</summary>
public sealed record MountPoint
{
    [JsonPropertyName("sourceVolume")] public string? SourceVolume { get; init; }
    [JsonPropertyName("containerPath")] public string? ContainerPath { get; init; }
    [JsonPropertyName("readOnly")] public bool? ReadOnly { get; init; }
}

/// <summary>ECS model shape <c>RepositoryCredentials</c>.</summary>
public sealed record RepositoryCredentials
{
    [JsonPropertyName("credentialsParameter")] public string? CredentialsParameter { get; init; }
}

/// <summary>ECS model shape <c>ResourceRequirement</c>.</summary>
public sealed record ResourceRequirement
{
    [JsonPropertyName("value")] public string? Value { get; init; }
    /// <summary>GPU, InferenceAccelerator, NeuronDevice.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
}

/// <summary>ECS model shape <c>ServiceConnectServiceResource</c>.</summary>
public sealed record ServiceConnectServiceResource
{
    [JsonPropertyName("discoveryName")] public string? DiscoveryName { get; init; }
    [JsonPropertyName("discoveryArn")] public string? DiscoveryArn { get; init; }
}

/// <summary>ECS model shape <c>SystemControl</c>.</summary>
public sealed record SystemControl
{
    [JsonPropertyName("namespace")] public string? Namespace { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
}

/// <summary>ECS model shape <c>ThresholdConfiguration</c>.</summary>
public sealed record ThresholdConfiguration
{
    /// <summary>COUNT, BOUNDED_PERCENT, UNBOUNDED_PERCENT.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("value")] public int? Value { get; init; }
}

/// <summary>ECS model shape <c>Ulimit</c>.</summary>
public sealed record Ulimit
{
    /// <summary>core, cpu, data, fsize, locks, memlock...</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("softLimit")] public int? SoftLimit { get; init; }
    [JsonPropertyName("hardLimit")] public int? HardLimit { get; init; }
}

/// <summary>ECS model shape <c>VolumeFrom</c>.</summary>
public sealed record VolumeFrom
{
    [JsonPropertyName("sourceContainer")] public string? SourceContainer { get; init; }
    [JsonPropertyName("readOnly")] public bool? ReadOnly { get; init; }
}
