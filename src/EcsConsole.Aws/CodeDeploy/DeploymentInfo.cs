using System.Text.Json.Serialization;

namespace EcsConsole.Aws.CodeDeploy;

/// <summary>CodeDeploy model shape <c>DeploymentInfo</c> (the members an ECS console shows).</summary>
public sealed record DeploymentInfo
{
    [JsonPropertyName("applicationName")] public string? ApplicationName { get; init; }
    [JsonPropertyName("deploymentGroupName")] public string? DeploymentGroupName { get; init; }
    [JsonPropertyName("deploymentConfigName")] public string? DeploymentConfigName { get; init; }
    [JsonPropertyName("deploymentId")] public string? DeploymentId { get; init; }
    [JsonPropertyName("previousRevision")] public RevisionLocation? PreviousRevision { get; init; }
    [JsonPropertyName("revision")] public RevisionLocation? Revision { get; init; }
    /// <summary>Created, Queued, InProgress, Baking, Succeeded, Failed, Stopped, Ready.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("errorInformation")] public ErrorInformation? ErrorInformation { get; init; }
    [JsonPropertyName("createTime")] public DateTimeOffset? CreateTime { get; init; }
    [JsonPropertyName("startTime")] public DateTimeOffset? StartTime { get; init; }
    [JsonPropertyName("completeTime")] public DateTimeOffset? CompleteTime { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    /// <summary>user, autoscaling, codeDeployRollback, CodeDeploy, CodeDeployAutoUpdate, CloudFormation, CloudFormationRollback, autoscalingTermination.</summary>
    [JsonPropertyName("creator")] public string? Creator { get; init; }
    [JsonPropertyName("rollbackInfo")] public RollbackInfo? RollbackInfo { get; init; }
    [JsonPropertyName("deploymentStatusMessages")] public IReadOnlyList<string>? DeploymentStatusMessages { get; init; }
    [JsonPropertyName("computePlatform")] public string? ComputePlatform { get; init; }
}

/// <summary>CodeDeploy model shape <c>RevisionLocation</c>; an ECS deployment carries its AppSpec inline.</summary>
public sealed record RevisionLocation
{
    /// <summary>S3, GitHub, String, AppSpecContent.</summary>
    [JsonPropertyName("revisionType")] public string? RevisionType { get; init; }
    [JsonPropertyName("appSpecContent")] public AppSpecContent? AppSpecContent { get; init; }
}

/// <summary>CodeDeploy model shape <c>AppSpecContent</c>.</summary>
public sealed record AppSpecContent
{
    [JsonPropertyName("content")] public string? Content { get; init; }
    /// <summary>Hex SHA-256 of <see cref="Content"/>.</summary>
    [JsonPropertyName("sha256")] public string? Sha256 { get; init; }
}

/// <summary>CodeDeploy model shape <c>ErrorInformation</c>.</summary>
public sealed record ErrorInformation
{
    [JsonPropertyName("code")] public string? Code { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }
}

/// <summary>CodeDeploy model shape <c>RollbackInfo</c>.</summary>
public sealed record RollbackInfo
{
    [JsonPropertyName("rollbackDeploymentId")] public string? RollbackDeploymentId { get; init; }
    [JsonPropertyName("rollbackTriggeringDeploymentId")] public string? RollbackTriggeringDeploymentId { get; init; }
    [JsonPropertyName("rollbackMessage")] public string? RollbackMessage { get; init; }
}
