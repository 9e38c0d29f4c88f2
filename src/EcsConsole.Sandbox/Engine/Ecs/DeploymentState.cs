using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed class DeploymentState
{
    public required string Id { get; init; }

    /// <summary>PRIMARY, ACTIVE or INACTIVE.</summary>
    public required string Status { get; set; }

    public required string TaskDefinitionArn { get; init; }

    public required int DesiredCount { get; set; }

    public int FailedTasks { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }

    /// <summary>IN_PROGRESS, COMPLETED or FAILED.</summary>
    public required string RolloutState { get; set; }

    public required string RolloutStateReason { get; set; }

    /// <summary>The ECS "service deployment" this deployment is (ListServiceDeployments), empty for an internal rollback deployment.</summary>
    public string ServiceDeploymentArn { get; set; } = "";

    /// <summary>The service revision (task definition and images) this deployment rolls out.</summary>
    public string ServiceRevisionArn { get; set; } = "";

    public IReadOnlyList<string> SourceRevisionArns { get; set; } = [];

    /// <summary>ServiceDeploymentStatus: IN_PROGRESS, SUCCESSFUL, STOPPED, ROLLBACK_IN_PROGRESS, ROLLBACK_SUCCESSFUL...</summary>
    public string DeploymentStatus { get; set; } = "IN_PROGRESS";

    public string? DeploymentStatusReason { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    public DateTimeOffset? RollbackStartedAt { get; set; }

    public string? RollbackReason { get; set; }

    /// <summary>Set on the failed deployment: the revision it rolled back to.</summary>
    public string? RollbackRevisionArn { get; set; }

    /// <summary>The service's deploymentConfiguration when this deployment started; it runs by it to the end.</summary>
    public DeploymentConfigurationState Configuration { get; set; } = DeploymentConfigurationState.Default;

    /// <summary>The target group this deployment's tasks register in (null for a service without a load balancer).</summary>
    public string? TargetGroupArn { get; set; }

    /// <summary>The deployment alarms found in ALARM that failed this deployment (alarms.triggeredAlarmNames).</summary>
    public IReadOnlyList<string> TriggeredAlarmNames { get; set; } = [];

    /// <summary>The stage machine of a BLUE_GREEN, LINEAR or CANARY deployment; null for a rolling one.</summary>
    public StagedRolloutState? Staged { get; set; }

    /// <summary>Set on the internal deployment that performs a rollback: the service deployment it undoes.</summary>
    public DeploymentState? RollsBack { get; set; }
}
