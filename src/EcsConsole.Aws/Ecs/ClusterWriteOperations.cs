using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>CreateCluster</c>. With an active cluster of that name ECS returns it unchanged.</summary>
public sealed record CreateClusterRequest
{
    [JsonPropertyName("clusterName")] public string? ClusterName { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
    /// <summary>containerInsights: enabled, enhanced or disabled.</summary>
    [JsonPropertyName("settings")] public IReadOnlyList<ClusterSetting>? Settings { get; init; }
    [JsonPropertyName("configuration")] public ClusterConfiguration? Configuration { get; init; }
    [JsonPropertyName("capacityProviders")] public IReadOnlyList<string>? CapacityProviders { get; init; }
    [JsonPropertyName("defaultCapacityProviderStrategy")] public IReadOnlyList<CapacityProviderStrategyItem>? DefaultCapacityProviderStrategy { get; init; }
    [JsonPropertyName("serviceConnectDefaults")] public ClusterServiceConnectDefaultsInput? ServiceConnectDefaults { get; init; }
}

/// <summary>ECS model shape <c>ClusterServiceConnectDefaultsRequest</c> (named Input here: records ending in Request are operation inputs): the Cloud Map namespace (name or ARN) Service Connect uses by default.</summary>
public sealed record ClusterServiceConnectDefaultsInput
{
    [JsonPropertyName("namespace")] public string Namespace { get; init; } = "";
}

/// <summary>Output of ECS <c>CreateCluster</c>.</summary>
public sealed record CreateClusterResponse
{
    [JsonPropertyName("cluster")] public Cluster? Cluster { get; init; }
}

/// <summary>Input of ECS <c>DeleteCluster</c> (name or ARN). ECS refuses while services, tasks or container instances remain.</summary>
public sealed record DeleteClusterRequest
{
    [JsonPropertyName("cluster")] public string Cluster { get; init; } = "";
}

/// <summary>Output of ECS <c>DeleteCluster</c>: the cluster, now INACTIVE.</summary>
public sealed record DeleteClusterResponse
{
    [JsonPropertyName("cluster")] public Cluster? Cluster { get; init; }
}

/// <summary>Input of ECS <c>PutClusterCapacityProviders</c>: replaces the cluster's capacity providers and default strategy (empty lists remove them all).</summary>
public sealed record PutClusterCapacityProvidersRequest
{
    [JsonPropertyName("cluster")] public string Cluster { get; init; } = "";
    [JsonPropertyName("capacityProviders")] public IReadOnlyList<string> CapacityProviders { get; init; } = [];
    [JsonPropertyName("defaultCapacityProviderStrategy")] public IReadOnlyList<CapacityProviderStrategyItem> DefaultCapacityProviderStrategy { get; init; } = [];
}

/// <summary>Output of ECS <c>PutClusterCapacityProviders</c>.</summary>
public sealed record PutClusterCapacityProvidersResponse
{
    [JsonPropertyName("cluster")] public Cluster? Cluster { get; init; }
}
