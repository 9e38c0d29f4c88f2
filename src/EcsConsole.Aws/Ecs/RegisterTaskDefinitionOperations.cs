using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>RegisterTaskDefinition</c>.</summary>
public sealed record RegisterTaskDefinitionRequest
{
    [JsonPropertyName("family")] public string Family { get; init; } = "";
    [JsonPropertyName("taskRoleArn")] public string? TaskRoleArn { get; init; }
    [JsonPropertyName("executionRoleArn")] public string? ExecutionRoleArn { get; init; }
    /// <summary>bridge, host, awsvpc, none.</summary>
    [JsonPropertyName("networkMode")] public string? NetworkMode { get; init; }
    [JsonPropertyName("containerDefinitions")] public IReadOnlyList<ContainerDefinition> ContainerDefinitions { get; init; } = [];
    [JsonPropertyName("volumes")] public IReadOnlyList<Volume>? Volumes { get; init; }
    [JsonPropertyName("placementConstraints")] public IReadOnlyList<TaskDefinitionPlacementConstraint>? PlacementConstraints { get; init; }
    [JsonPropertyName("requiresCompatibilities")] public IReadOnlyList<string>? RequiresCompatibilities { get; init; }
    [JsonPropertyName("cpu")] public string? Cpu { get; init; }
    [JsonPropertyName("memory")] public string? Memory { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
    /// <summary>host, task.</summary>
    [JsonPropertyName("pidMode")] public string? PidMode { get; init; }
    /// <summary>host, task, none.</summary>
    [JsonPropertyName("ipcMode")] public string? IpcMode { get; init; }
    [JsonPropertyName("proxyConfiguration")] public ProxyConfiguration? ProxyConfiguration { get; init; }
    [JsonPropertyName("inferenceAccelerators")] public IReadOnlyList<InferenceAccelerator>? InferenceAccelerators { get; init; }
    [JsonPropertyName("ephemeralStorage")] public EphemeralStorage? EphemeralStorage { get; init; }
    [JsonPropertyName("runtimePlatform")] public RuntimePlatform? RuntimePlatform { get; init; }
    [JsonPropertyName("enableFaultInjection")] public bool? EnableFaultInjection { get; init; }
}

/// <summary>ECS model shape <c>TaskDefinitionPlacementConstraint</c>.</summary>
public sealed record TaskDefinitionPlacementConstraint
{
    /// <summary>memberOf.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("expression")] public string? Expression { get; init; }
}

/// <summary>ECS model shape <c>ProxyConfiguration</c>.</summary>
public sealed record ProxyConfiguration
{
    /// <summary>APPMESH.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("containerName")] public string ContainerName { get; init; } = "";
    [JsonPropertyName("properties")] public IReadOnlyList<KeyValuePair>? Properties { get; init; }
}

/// <summary>ECS model shape <c>InferenceAccelerator</c>.</summary>
public sealed record InferenceAccelerator
{
    [JsonPropertyName("deviceName")] public string DeviceName { get; init; } = "";
    [JsonPropertyName("deviceType")] public string DeviceType { get; init; } = "";
}

/// <summary>ECS model shape <c>EphemeralStorage</c>.</summary>
public sealed record EphemeralStorage
{
    [JsonPropertyName("sizeInGiB")] public int SizeInGiB { get; init; }
}

/// <summary>ECS model shape <c>RuntimePlatform</c>.</summary>
public sealed record RuntimePlatform
{
    /// <summary>X86_64, ARM64.</summary>
    [JsonPropertyName("cpuArchitecture")] public string? CpuArchitecture { get; init; }
    /// <summary>WINDOWS_SERVER_2019_FULL, WINDOWS_SERVER_2019_CORE, WINDOWS_SERVER_2016_FULL, WINDOWS_SERVER_2004_CORE, WINDOWS_SERVER_2022_CORE, WINDOWS_SERVER_2022_FULL...</summary>
    [JsonPropertyName("operatingSystemFamily")] public string? OperatingSystemFamily { get; init; }
}

/// <summary>Output of ECS <c>RegisterTaskDefinition</c>.</summary>
public sealed record RegisterTaskDefinitionResponse
{
    [JsonPropertyName("taskDefinition")] public TaskDefinition? TaskDefinition { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}
