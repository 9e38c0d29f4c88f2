using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>ServiceDeploymentBrief</c>.</summary>
public sealed record ServiceDeploymentBrief
{
    [JsonPropertyName("serviceDeploymentArn")] public string? ServiceDeploymentArn { get; init; }
    [JsonPropertyName("serviceArn")] public string? ServiceArn { get; init; }
    [JsonPropertyName("clusterArn")] public string? ClusterArn { get; init; }
    [JsonPropertyName("startedAt")] public DateTimeOffset? StartedAt { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("finishedAt")] public DateTimeOffset? FinishedAt { get; init; }
    [JsonPropertyName("targetServiceRevisionArn")] public string? TargetServiceRevisionArn { get; init; }
    /// <summary>PENDING, SUCCESSFUL, STOPPED, STOP_REQUESTED, IN_PROGRESS, ROLLBACK_REQUESTED...</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
}

/// <summary>ECS model shape <c>ServiceDeployment</c>.</summary>
public sealed record ServiceDeployment
{
    [JsonPropertyName("serviceDeploymentArn")] public string? ServiceDeploymentArn { get; init; }
    [JsonPropertyName("serviceArn")] public string? ServiceArn { get; init; }
    [JsonPropertyName("clusterArn")] public string? ClusterArn { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("startedAt")] public DateTimeOffset? StartedAt { get; init; }
    [JsonPropertyName("finishedAt")] public DateTimeOffset? FinishedAt { get; init; }
    [JsonPropertyName("stoppedAt")] public DateTimeOffset? StoppedAt { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("sourceServiceRevisions")] public IReadOnlyList<ServiceRevisionSummary>? SourceServiceRevisions { get; init; }
    [JsonPropertyName("targetServiceRevision")] public ServiceRevisionSummary? TargetServiceRevision { get; init; }
    /// <summary>PENDING, SUCCESSFUL, STOPPED, STOP_REQUESTED, IN_PROGRESS, ROLLBACK_REQUESTED...</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    /// <summary>RECONCILE_SERVICE, PRE_SCALE_UP, SCALE_UP, POST_SCALE_UP, TEST_TRAFFIC_SHIFT, POST_TEST_TRAFFIC_SHIFT...</summary>
    [JsonPropertyName("lifecycleStage")] public string? LifecycleStage { get; init; }
    [JsonPropertyName("lifecycleHookDetails")] public IReadOnlyList<DeploymentLifecycleHookDetail>? LifecycleHookDetails { get; init; }
    [JsonPropertyName("deploymentConfiguration")] public DeploymentConfiguration? DeploymentConfiguration { get; init; }
    [JsonPropertyName("rollback")] public Rollback? Rollback { get; init; }
    [JsonPropertyName("deploymentCircuitBreaker")] public ServiceDeploymentCircuitBreaker? DeploymentCircuitBreaker { get; init; }
    [JsonPropertyName("alarms")] public ServiceDeploymentAlarms? Alarms { get; init; }
}

/// <summary>ECS model shape <c>ServiceRevisionSummary</c>.</summary>
public sealed record ServiceRevisionSummary
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    [JsonPropertyName("requestedTaskCount")] public int? RequestedTaskCount { get; init; }
    [JsonPropertyName("runningTaskCount")] public int? RunningTaskCount { get; init; }
    [JsonPropertyName("pendingTaskCount")] public int? PendingTaskCount { get; init; }
    [JsonPropertyName("requestedTestTrafficWeight")] public double? RequestedTestTrafficWeight { get; init; }
    [JsonPropertyName("requestedProductionTrafficWeight")] public double? RequestedProductionTrafficWeight { get; init; }
}

/// <summary>ECS model shape <c>DeploymentLifecycleHookDetail</c>.</summary>
public sealed record DeploymentLifecycleHookDetail
{
    [JsonPropertyName("hookId")] public string? HookId { get; init; }
    /// <summary>AWS_LAMBDA, PAUSE.</summary>
    [JsonPropertyName("targetType")] public string? TargetType { get; init; }
    [JsonPropertyName("targetArn")] public string? TargetArn { get; init; }
    /// <summary>AWAITING_ACTION, IN_PROGRESS, SUCCEEDED, FAILED, TIMED_OUT.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("expiresAt")] public DateTimeOffset? ExpiresAt { get; init; }
    /// <summary>ROLLBACK, CONTINUE.</summary>
    [JsonPropertyName("timeoutAction")] public string? TimeoutAction { get; init; }
}

/// <summary>ECS model shape <c>Rollback</c>.</summary>
public sealed record Rollback
{
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    [JsonPropertyName("startedAt")] public DateTimeOffset? StartedAt { get; init; }
    [JsonPropertyName("serviceRevisionArn")] public string? ServiceRevisionArn { get; init; }
}

/// <summary>ECS model shape <c>ServiceDeploymentCircuitBreaker</c>.</summary>
public sealed record ServiceDeploymentCircuitBreaker
{
    /// <summary>TRIGGERED, MONITORING, MONITORING_COMPLETE, DISABLED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("failureCount")] public int? FailureCount { get; init; }
    [JsonPropertyName("threshold")] public int? Threshold { get; init; }
}

/// <summary>ECS model shape <c>ServiceDeploymentAlarms</c>.</summary>
public sealed record ServiceDeploymentAlarms
{
    /// <summary>TRIGGERED, MONITORING, MONITORING_COMPLETE, DISABLED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("alarmNames")] public IReadOnlyList<string>? AlarmNames { get; init; }
    [JsonPropertyName("triggeredAlarmNames")] public IReadOnlyList<string>? TriggeredAlarmNames { get; init; }
}
