using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>ListTasks</c>.</summary>
public sealed record ListTasksRequest
{
    [JsonPropertyName("cluster")] public string? Cluster { get; init; }
    [JsonPropertyName("containerInstance")] public string? ContainerInstance { get; init; }
    [JsonPropertyName("family")] public string? Family { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("maxResults")] public int? MaxResults { get; init; }
    [JsonPropertyName("startedBy")] public string? StartedBy { get; init; }
    [JsonPropertyName("serviceName")] public string? ServiceName { get; init; }
    /// <summary>RUNNING (the ECS default), PENDING or STOPPED.</summary>
    [JsonPropertyName("desiredStatus")] public string? DesiredStatus { get; init; }
    [JsonPropertyName("launchType")] public string? LaunchType { get; init; }
}

/// <summary>Output of ECS <c>ListTasks</c>.</summary>
public sealed record ListTasksResponse
{
    [JsonPropertyName("taskArns")] public IReadOnlyList<string>? TaskArns { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Input of ECS <c>DescribeTasks</c> (at most 100 tasks).</summary>
public sealed record DescribeTasksRequest
{
    [JsonPropertyName("cluster")] public string? Cluster { get; init; }
    [JsonPropertyName("tasks")] public IReadOnlyList<string> Tasks { get; init; } = [];
    /// <summary>TAGS.</summary>
    [JsonPropertyName("include")] public IReadOnlyList<string>? Include { get; init; }
}

/// <summary>Output of ECS <c>DescribeTasks</c>.</summary>
public sealed record DescribeTasksResponse
{
    [JsonPropertyName("tasks")] public IReadOnlyList<EcsTask>? Tasks { get; init; }
    [JsonPropertyName("failures")] public IReadOnlyList<Failure>? Failures { get; init; }
}
