using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>ListContainerInstances</c>.</summary>
public sealed record ListContainerInstancesRequest
{
    [JsonPropertyName("cluster")] public string? Cluster { get; init; }
    [JsonPropertyName("filter")] public string? Filter { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("maxResults")] public int? MaxResults { get; init; }
    /// <summary>ACTIVE, DRAINING, REGISTERING, DEREGISTERING, REGISTRATION_FAILED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
}

/// <summary>Output of ECS <c>ListContainerInstances</c>.</summary>
public sealed record ListContainerInstancesResponse
{
    [JsonPropertyName("containerInstanceArns")] public IReadOnlyList<string>? ContainerInstanceArns { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Input of ECS <c>DescribeContainerInstances</c>.</summary>
public sealed record DescribeContainerInstancesRequest
{
    [JsonPropertyName("cluster")] public string? Cluster { get; init; }
    [JsonPropertyName("containerInstances")] public IReadOnlyList<string> ContainerInstances { get; init; } = [];
    [JsonPropertyName("include")] public IReadOnlyList<string>? Include { get; init; }
}

/// <summary>Output of ECS <c>DescribeContainerInstances</c>.</summary>
public sealed record DescribeContainerInstancesResponse
{
    [JsonPropertyName("containerInstances")] public IReadOnlyList<ContainerInstance>? ContainerInstances { get; init; }
    [JsonPropertyName("failures")] public IReadOnlyList<Failure>? Failures { get; init; }
}
