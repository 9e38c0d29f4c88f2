using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>StopTask</c>.</summary>
public sealed record StopTaskRequest
{
    [JsonPropertyName("cluster")] public string? Cluster { get; init; }
    [JsonPropertyName("task")] public string Task { get; init; } = "";
    [JsonPropertyName("reason")] public string? Reason { get; init; }
}

/// <summary>Output of ECS <c>StopTask</c>.</summary>
public sealed record StopTaskResponse
{
    [JsonPropertyName("task")] public EcsTask? Task { get; init; }
}

/// <summary>Input of ECS <c>ListTaskDefinitionFamilies</c>.</summary>
public sealed record ListTaskDefinitionFamiliesRequest
{
    [JsonPropertyName("familyPrefix")] public string? FamilyPrefix { get; init; }
    /// <summary>ACTIVE, INACTIVE, ALL.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("maxResults")] public int? MaxResults { get; init; }
}

/// <summary>Output of ECS <c>ListTaskDefinitionFamilies</c>.</summary>
public sealed record ListTaskDefinitionFamiliesResponse
{
    [JsonPropertyName("families")] public IReadOnlyList<string>? Families { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}
