namespace EcsConsole.Core.Rollouts;

/// <summary>
/// One service deployment as ECS reports it now, read into what the live page shows. Keyed by <see cref="DeploymentArn"/>.
/// </summary>
public sealed record DeploymentProgress
{
    public required string DeploymentArn { get; init; }

    public required string Cluster { get; init; }

    public required string Service { get; init; }

    /// <summary>ECS's status word: PENDING, IN_PROGRESS, SUCCESSFUL, STOPPED, ROLLBACK_IN_PROGRESS, ROLLBACK_SUCCESSFUL...</summary>
    public required string Status { get; init; }

    public string? StatusReason { get; init; }

    public required DeploymentStrategyKind Strategy { get; init; }

    /// <summary>The lifecycle stage ECS reports now (null when it reports none).</summary>
    public string? LifecycleStage { get; init; }

    /// <summary>The strategy's stages in order, each done, current or pending.</summary>
    public required IReadOnlyList<StageStep> Stages { get; init; }

    /// <summary>The revisions being replaced, with their task counts.</summary>
    public required IReadOnlyList<RevisionProgress> Sources { get; init; }

    /// <summary>The revision being rolled out (while rolling back: still the one that was being deployed).</summary>
    public RevisionProgress? Target { get; init; }

    /// <summary>Percent of production traffic on the target revision, when ECS reports one (blue/green, linear, canary).</summary>
    public double? ProductionTrafficWeight { get; init; }

    /// <summary>Percent of test traffic on the target revision, when ECS reports one.</summary>
    public double? TestTrafficWeight { get; init; }

    /// <summary>Bake time left, while in BAKE_TIME (counted on the injected clock from when the stage was first seen).</summary>
    public TimeSpan? BakeTimeRemaining { get; init; }

    /// <summary>When the bake time ends, so a page can count down between polls on its own clock.</summary>
    public DateTimeOffset? BakeEndsAt { get; init; }

    public CircuitBreakerProgress? CircuitBreaker { get; init; }

    /// <summary>Alarms watched by the deployment with their CloudWatch state now.</summary>
    public IReadOnlyList<AlarmProgress> Alarms { get; init; } = [];

    /// <summary>A PAUSE hook waiting for Approve or Roll back, if any.</summary>
    public PendingHook? PendingHook { get; init; }

    /// <summary>Null while the deployment runs; how it ended otherwise.</summary>
    public DeploymentOutcome? Outcome { get; init; }

    /// <summary>Why ECS rolled back, when it did (e.g. the circuit breaker tripped).</summary>
    public string? RollbackReason { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>
    /// Null when read from ECS's service deployment; otherwise why it is derived from DescribeServices' deployments[]
    /// (then <see cref="DeploymentArn"/> is the deployment id and no stop, hook or traffic action applies).
    /// </summary>
    public string? DerivedReason { get; init; }

    public bool IsDerived => DerivedReason is not null;

    public bool IsInProgress => Outcome is null;
}

/// <summary>How a deployment ended. <see cref="RolledBack"/> and <see cref="Failed"/> are failures; only <see cref="Succeeded"/> is success.</summary>
public enum DeploymentOutcome
{
    Succeeded,
    Failed,
    RolledBack,
    Stopped,
}

public static class DeploymentOutcomes
{
    /// <summary>True for outcomes that mean the new revision did not go out (a rollback is a failure, never a success).</summary>
    public static bool IsFailure(this DeploymentOutcome outcome) => outcome is DeploymentOutcome.Failed or DeploymentOutcome.RolledBack;

    /// <summary>Words for people: "succeeded", "failed", "rolled back", "stopped".</summary>
    public static string Describe(this DeploymentOutcome outcome) => outcome switch
    {
        DeploymentOutcome.Succeeded => "succeeded",
        DeploymentOutcome.Failed => "failed",
        DeploymentOutcome.RolledBack => "rolled back",
        _ => "stopped",
    };
}

public enum StepState
{
    Done,
    Current,
    Pending,
}

/// <summary>One lifecycle stage of the step view (e.g. PRODUCTION_TRAFFIC_SHIFT).</summary>
public sealed record StageStep(string Stage, StepState State);

/// <summary>A service revision in a deployment: its task definition (<c>family:revision</c>) and task counts.</summary>
public sealed record RevisionProgress(
    string ServiceRevisionArn,
    string? TaskDefinition,
    int Running,
    int Pending,
    int Requested,
    double? ProductionTrafficWeight,
    double? TestTrafficWeight)
{
    /// <summary>The target group this revision's tasks register with (from its resolved configuration), when known.</summary>
    public string? TargetGroupArn { get; init; }
}

/// <summary>The circuit breaker: TRIGGERED, MONITORING, MONITORING_COMPLETE or DISABLED, with failures against the threshold.</summary>
public sealed record CircuitBreakerProgress(string Status, int Failures, int? Threshold)
{
    public bool Tripped => Status == "TRIGGERED";
}

/// <summary>A CloudWatch alarm watched by the deployment: state OK, ALARM or INSUFFICIENT_DATA (null when unknown); whether it tripped the deployment.</summary>
public sealed record AlarmProgress(string Name, string? State, bool Triggered);

/// <summary>A lifecycle hook waiting for ContinueServiceDeployment.</summary>
public sealed record PendingHook(string HookId, string? Stage, string TargetType, DateTimeOffset? ExpiresAt, string? TimeoutAction);
