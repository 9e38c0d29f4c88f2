using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>ListServices</c>.</summary>
public sealed record ListServicesRequest
{
    [JsonPropertyName("cluster")] public string? Cluster { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("maxResults")] public int? MaxResults { get; init; }
    [JsonPropertyName("launchType")] public string? LaunchType { get; init; }
    [JsonPropertyName("schedulingStrategy")] public string? SchedulingStrategy { get; init; }
}

/// <summary>Output of ECS <c>ListServices</c>.</summary>
public sealed record ListServicesResponse
{
    [JsonPropertyName("serviceArns")] public IReadOnlyList<string>? ServiceArns { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Input of ECS <c>DescribeServices</c> (at most 10 services).</summary>
public sealed record DescribeServicesRequest
{
    [JsonPropertyName("cluster")] public string? Cluster { get; init; }
    [JsonPropertyName("services")] public IReadOnlyList<string> Services { get; init; } = [];
    /// <summary>TAGS.</summary>
    [JsonPropertyName("include")] public IReadOnlyList<string>? Include { get; init; }
}

/// <summary>Output of ECS <c>DescribeServices</c>.</summary>
public sealed record DescribeServicesResponse
{
    [JsonPropertyName("services")] public IReadOnlyList<Service>? Services { get; init; }
    [JsonPropertyName("failures")] public IReadOnlyList<Failure>? Failures { get; init; }
}
