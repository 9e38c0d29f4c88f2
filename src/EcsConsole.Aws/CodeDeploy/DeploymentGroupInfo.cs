using System.Text.Json.Serialization;

namespace EcsConsole.Aws.CodeDeploy;

/// <summary>CodeDeploy model shape <c>DeploymentGroupInfo</c> (the members an ECS console reads).</summary>
public sealed record DeploymentGroupInfo
{
    [JsonPropertyName("applicationName")] public string? ApplicationName { get; init; }
    [JsonPropertyName("deploymentGroupId")] public string? DeploymentGroupId { get; init; }
    [JsonPropertyName("deploymentGroupName")] public string? DeploymentGroupName { get; init; }
    [JsonPropertyName("deploymentConfigName")] public string? DeploymentConfigName { get; init; }
    [JsonPropertyName("serviceRoleArn")] public string? ServiceRoleArn { get; init; }
    [JsonPropertyName("deploymentStyle")] public DeploymentStyle? DeploymentStyle { get; init; }
    [JsonPropertyName("lastSuccessfulDeployment")] public LastDeploymentInfo? LastSuccessfulDeployment { get; init; }
    [JsonPropertyName("lastAttemptedDeployment")] public LastDeploymentInfo? LastAttemptedDeployment { get; init; }
    /// <summary>Server, Lambda, ECS.</summary>
    [JsonPropertyName("computePlatform")] public string? ComputePlatform { get; init; }
    [JsonPropertyName("ecsServices")] public IReadOnlyList<EcsServiceReference>? EcsServices { get; init; }
}

/// <summary>CodeDeploy model shape <c>ECSService</c>: the ECS service a deployment group deploys.</summary>
public sealed record EcsServiceReference
{
    [JsonPropertyName("serviceName")] public string? ServiceName { get; init; }
    [JsonPropertyName("clusterName")] public string? ClusterName { get; init; }
}

/// <summary>CodeDeploy model shape <c>DeploymentStyle</c>.</summary>
public sealed record DeploymentStyle
{
    /// <summary>IN_PLACE, BLUE_GREEN.</summary>
    [JsonPropertyName("deploymentType")] public string? DeploymentType { get; init; }
    /// <summary>WITH_TRAFFIC_CONTROL, WITHOUT_TRAFFIC_CONTROL.</summary>
    [JsonPropertyName("deploymentOption")] public string? DeploymentOption { get; init; }
}

/// <summary>CodeDeploy model shape <c>LastDeploymentInfo</c>.</summary>
public sealed record LastDeploymentInfo
{
    [JsonPropertyName("deploymentId")] public string? DeploymentId { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("endTime")] public DateTimeOffset? EndTime { get; init; }
    [JsonPropertyName("createTime")] public DateTimeOffset? CreateTime { get; init; }
}
