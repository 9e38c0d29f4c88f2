using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>Cluster</c>.</summary>
public sealed record Cluster
{
    [JsonPropertyName("clusterArn")] public string? ClusterArn { get; init; }
    [JsonPropertyName("clusterName")] public string? ClusterName { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("registeredContainerInstancesCount")] public int? RegisteredContainerInstancesCount { get; init; }
    [JsonPropertyName("runningTasksCount")] public int? RunningTasksCount { get; init; }
    [JsonPropertyName("pendingTasksCount")] public int? PendingTasksCount { get; init; }
    [JsonPropertyName("activeServicesCount")] public int? ActiveServicesCount { get; init; }
    [JsonPropertyName("statistics")] public IReadOnlyList<KeyValuePair>? Statistics { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
    [JsonPropertyName("settings")] public IReadOnlyList<ClusterSetting>? Settings { get; init; }
    [JsonPropertyName("capacityProviders")] public IReadOnlyList<string>? CapacityProviders { get; init; }
    [JsonPropertyName("defaultCapacityProviderStrategy")] public IReadOnlyList<CapacityProviderStrategyItem>? DefaultCapacityProviderStrategy { get; init; }
    [JsonPropertyName("attachments")] public IReadOnlyList<Attachment>? Attachments { get; init; }
    [JsonPropertyName("attachmentsStatus")] public string? AttachmentsStatus { get; init; }
    [JsonPropertyName("configuration")] public ClusterConfiguration? Configuration { get; init; }
    [JsonPropertyName("serviceConnectDefaults")] public ClusterServiceConnectDefaults? ServiceConnectDefaults { get; init; }
}

/// <summary>ECS model shape <c>ClusterSetting</c> (e.g. containerInsights).</summary>
public sealed record ClusterSetting
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
}
