using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>ContainerInstance</c>.</summary>
public sealed record ContainerInstance
{
    [JsonPropertyName("containerInstanceArn")] public string? ContainerInstanceArn { get; init; }
    [JsonPropertyName("ec2InstanceId")] public string? Ec2InstanceId { get; init; }
    [JsonPropertyName("capacityProviderName")] public string? CapacityProviderName { get; init; }
    [JsonPropertyName("version")] public long? Version { get; init; }
    [JsonPropertyName("versionInfo")] public VersionInfo? VersionInfo { get; init; }
    [JsonPropertyName("remainingResources")] public IReadOnlyList<Resource>? RemainingResources { get; init; }
    [JsonPropertyName("registeredResources")] public IReadOnlyList<Resource>? RegisteredResources { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    [JsonPropertyName("agentConnected")] public bool? AgentConnected { get; init; }
    [JsonPropertyName("runningTasksCount")] public int? RunningTasksCount { get; init; }
    [JsonPropertyName("pendingTasksCount")] public int? PendingTasksCount { get; init; }
    /// <summary>PENDING, STAGING, STAGED, UPDATING, UPDATED, FAILED.</summary>
    [JsonPropertyName("agentUpdateStatus")] public string? AgentUpdateStatus { get; init; }
    [JsonPropertyName("attributes")] public IReadOnlyList<EcsAttribute>? Attributes { get; init; }
    [JsonPropertyName("registeredAt")] public DateTimeOffset? RegisteredAt { get; init; }
    [JsonPropertyName("attachments")] public IReadOnlyList<Attachment>? Attachments { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
    [JsonPropertyName("healthStatus")] public ContainerInstanceHealthStatus? HealthStatus { get; init; }
}

/// <summary>ECS model shape <c>VersionInfo</c>.</summary>
public sealed record VersionInfo
{
    [JsonPropertyName("agentVersion")] public string? AgentVersion { get; init; }
    [JsonPropertyName("agentHash")] public string? AgentHash { get; init; }
    [JsonPropertyName("dockerVersion")] public string? DockerVersion { get; init; }
}

/// <summary>ECS model shape <c>Resource</c>.</summary>
public sealed record Resource
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("doubleValue")] public double? DoubleValue { get; init; }
    [JsonPropertyName("longValue")] public long? LongValue { get; init; }
    [JsonPropertyName("integerValue")] public int? IntegerValue { get; init; }
    [JsonPropertyName("stringSetValue")] public IReadOnlyList<string>? StringSetValue { get; init; }
}

/// <summary>ECS model shape <c>Attribute</c>.</summary>
public sealed record EcsAttribute
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
    /// <summary>container-instance.</summary>
    [JsonPropertyName("targetType")] public string? TargetType { get; init; }
    [JsonPropertyName("targetId")] public string? TargetId { get; init; }
}

/// <summary>ECS model shape <c>ContainerInstanceHealthStatus</c>.</summary>
public sealed record ContainerInstanceHealthStatus
{
    /// <summary>OK, IMPAIRED, INSUFFICIENT_DATA, INITIALIZING.</summary>
    [JsonPropertyName("overallStatus")] public string? OverallStatus { get; init; }
    [JsonPropertyName("details")] public IReadOnlyList<InstanceHealthCheckResult>? Details { get; init; }
}

/// <summary>ECS model shape <c>InstanceHealthCheckResult</c>.</summary>
public sealed record InstanceHealthCheckResult
{
    /// <summary>CONTAINER_RUNTIME, ACCELERATED_COMPUTE, DAEMON, AGENT_CONNECTIVITY.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
    /// <summary>OK, IMPAIRED, INSUFFICIENT_DATA, INITIALIZING.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    [JsonPropertyName("lastUpdated")] public DateTimeOffset? LastUpdated { get; init; }
    [JsonPropertyName("lastStatusChange")] public DateTimeOffset? LastStatusChange { get; init; }
}
