using System.Text.Json.Serialization;

namespace EcsConsole.Aws.CodeDeploy;

/// <summary>Input of CodeDeploy <c>ListDeployments</c>.</summary>
public sealed record ListDeploymentsRequest
{
    [JsonPropertyName("applicationName")] public string? ApplicationName { get; init; }
    [JsonPropertyName("deploymentGroupName")] public string? DeploymentGroupName { get; init; }
    /// <summary>Created, Queued, InProgress, Baking, Succeeded, Failed, Stopped, Ready.</summary>
    [JsonPropertyName("includeOnlyStatuses")] public IReadOnlyList<string>? IncludeOnlyStatuses { get; init; }
    [JsonPropertyName("createTimeRange")] public TimeRange? CreateTimeRange { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>CodeDeploy model shape <c>TimeRange</c>.</summary>
public sealed record TimeRange
{
    [JsonPropertyName("start")] public DateTimeOffset? Start { get; init; }
    [JsonPropertyName("end")] public DateTimeOffset? End { get; init; }
}

/// <summary>Output of CodeDeploy <c>ListDeployments</c>.</summary>
public sealed record ListDeploymentsResponse
{
    [JsonPropertyName("deployments")] public IReadOnlyList<string>? Deployments { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Input of CodeDeploy <c>BatchGetDeployments</c> (at most 25 ids).</summary>
public sealed record BatchGetDeploymentsRequest
{
    [JsonPropertyName("deploymentIds")] public IReadOnlyList<string> DeploymentIds { get; init; } = [];
}

/// <summary>Output of CodeDeploy <c>BatchGetDeployments</c>.</summary>
public sealed record BatchGetDeploymentsResponse
{
    [JsonPropertyName("deploymentsInfo")] public IReadOnlyList<DeploymentInfo>? DeploymentsInfo { get; init; }
}

/// <summary>Input of CodeDeploy <c>GetDeployment</c>.</summary>
public sealed record GetDeploymentRequest
{
    [JsonPropertyName("deploymentId")] public string DeploymentId { get; init; } = "";
}

/// <summary>Output of CodeDeploy <c>GetDeployment</c>.</summary>
public sealed record GetDeploymentResponse
{
    [JsonPropertyName("deploymentInfo")] public DeploymentInfo? DeploymentInfo { get; init; }
}

/// <summary>Input of CodeDeploy <c>CreateDeployment</c>.</summary>
public sealed record CreateDeploymentRequest
{
    [JsonPropertyName("applicationName")] public string ApplicationName { get; init; } = "";
    [JsonPropertyName("deploymentGroupName")] public string? DeploymentGroupName { get; init; }
    [JsonPropertyName("revision")] public RevisionLocation? Revision { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
}

/// <summary>Output of CodeDeploy <c>CreateDeployment</c>.</summary>
public sealed record CreateDeploymentResponse
{
    [JsonPropertyName("deploymentId")] public string? DeploymentId { get; init; }
}

/// <summary>Input of CodeDeploy <c>StopDeployment</c>.</summary>
public sealed record StopDeploymentRequest
{
    [JsonPropertyName("deploymentId")] public string DeploymentId { get; init; } = "";
    [JsonPropertyName("autoRollbackEnabled")] public bool? AutoRollbackEnabled { get; init; }
}

/// <summary>Output of CodeDeploy <c>StopDeployment</c>.</summary>
public sealed record StopDeploymentResponse
{
    /// <summary>Pending, Succeeded.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusMessage")] public string? StatusMessage { get; init; }
}
