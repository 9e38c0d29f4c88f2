using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>ListClusters</c>.</summary>
public sealed record ListClustersRequest
{
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("maxResults")] public int? MaxResults { get; init; }
}

/// <summary>Output of ECS <c>ListClusters</c>.</summary>
public sealed record ListClustersResponse
{
    [JsonPropertyName("clusterArns")] public IReadOnlyList<string>? ClusterArns { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Input of ECS <c>DescribeClusters</c> (at most 100 clusters).</summary>
public sealed record DescribeClustersRequest
{
    [JsonPropertyName("clusters")] public IReadOnlyList<string>? Clusters { get; init; }
    /// <summary>ATTACHMENTS, CONFIGURATIONS, SETTINGS, STATISTICS, TAGS.</summary>
    [JsonPropertyName("include")] public IReadOnlyList<string>? Include { get; init; }
}

/// <summary>Output of ECS <c>DescribeClusters</c>.</summary>
public sealed record DescribeClustersResponse
{
    [JsonPropertyName("clusters")] public IReadOnlyList<Cluster>? Clusters { get; init; }
    [JsonPropertyName("failures")] public IReadOnlyList<Failure>? Failures { get; init; }
}
