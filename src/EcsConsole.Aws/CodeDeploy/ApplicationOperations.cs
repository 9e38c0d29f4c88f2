using System.Text.Json.Serialization;

namespace EcsConsole.Aws.CodeDeploy;

/// <summary>Input of CodeDeploy <c>ListApplications</c>.</summary>
public sealed record ListApplicationsRequest
{
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Output of CodeDeploy <c>ListApplications</c>.</summary>
public sealed record ListApplicationsResponse
{
    [JsonPropertyName("applications")] public IReadOnlyList<string>? Applications { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Input of CodeDeploy <c>ListDeploymentGroups</c>.</summary>
public sealed record ListDeploymentGroupsRequest
{
    [JsonPropertyName("applicationName")] public string ApplicationName { get; init; } = "";
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Output of CodeDeploy <c>ListDeploymentGroups</c>.</summary>
public sealed record ListDeploymentGroupsResponse
{
    [JsonPropertyName("applicationName")] public string? ApplicationName { get; init; }
    [JsonPropertyName("deploymentGroups")] public IReadOnlyList<string>? DeploymentGroups { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Input of CodeDeploy <c>GetDeploymentGroup</c>.</summary>
public sealed record GetDeploymentGroupRequest
{
    [JsonPropertyName("applicationName")] public string ApplicationName { get; init; } = "";
    [JsonPropertyName("deploymentGroupName")] public string DeploymentGroupName { get; init; } = "";
}

/// <summary>Output of CodeDeploy <c>GetDeploymentGroup</c>.</summary>
public sealed record GetDeploymentGroupResponse
{
    [JsonPropertyName("deploymentGroupInfo")] public DeploymentGroupInfo? DeploymentGroupInfo { get; init; }
}
