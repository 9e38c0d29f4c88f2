using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>ListServiceDeployments</c>.</summary>
public sealed record ListServiceDeploymentsRequest
{
    [JsonPropertyName("service")] public string Service { get; init; } = "";
    [JsonPropertyName("cluster")] public string? Cluster { get; init; }
    [JsonPropertyName("status")] public IReadOnlyList<string>? Status { get; init; }
    [JsonPropertyName("createdAt")] public CreatedAtFilter? CreatedAt { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("maxResults")] public int? MaxResults { get; init; }
}

/// <summary>ECS model shape <c>CreatedAt</c>: a time window for filtering deployments.</summary>
public sealed record CreatedAtFilter
{
    [JsonPropertyName("before")] public DateTimeOffset? Before { get; init; }
    [JsonPropertyName("after")] public DateTimeOffset? After { get; init; }
}

/// <summary>Output of ECS <c>ListServiceDeployments</c>.</summary>
public sealed record ListServiceDeploymentsResponse
{
    [JsonPropertyName("serviceDeployments")] public IReadOnlyList<ServiceDeploymentBrief>? ServiceDeployments { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Input of ECS <c>DescribeServiceDeployments</c>.</summary>
public sealed record DescribeServiceDeploymentsRequest
{
    [JsonPropertyName("serviceDeploymentArns")] public IReadOnlyList<string> ServiceDeploymentArns { get; init; } = [];
}

/// <summary>Output of ECS <c>DescribeServiceDeployments</c>.</summary>
public sealed record DescribeServiceDeploymentsResponse
{
    [JsonPropertyName("serviceDeployments")] public IReadOnlyList<ServiceDeployment>? ServiceDeployments { get; init; }
    [JsonPropertyName("failures")] public IReadOnlyList<Failure>? Failures { get; init; }
}

/// <summary>Input of ECS <c>StopServiceDeployment</c>.</summary>
public sealed record StopServiceDeploymentRequest
{
    [JsonPropertyName("serviceDeploymentArn")] public string ServiceDeploymentArn { get; init; } = "";
    /// <summary>ABORT, ROLLBACK.</summary>
    [JsonPropertyName("stopType")] public string? StopType { get; init; }
}

/// <summary>Output of ECS <c>StopServiceDeployment</c>.</summary>
public sealed record StopServiceDeploymentResponse
{
    [JsonPropertyName("serviceDeploymentArn")] public string? ServiceDeploymentArn { get; init; }
}

/// <summary>Input of ECS <c>ContinueServiceDeployment</c>.</summary>
public sealed record ContinueServiceDeploymentRequest
{
    [JsonPropertyName("serviceDeploymentArn")] public string ServiceDeploymentArn { get; init; } = "";
    [JsonPropertyName("hookId")] public string HookId { get; init; } = "";
    /// <summary>ROLLBACK, CONTINUE.</summary>
    [JsonPropertyName("action")] public string? Action { get; init; }
}

/// <summary>Output of ECS <c>ContinueServiceDeployment</c>.</summary>
public sealed record ContinueServiceDeploymentResponse
{
    [JsonPropertyName("serviceDeploymentArn")] public string? ServiceDeploymentArn { get; init; }
}
