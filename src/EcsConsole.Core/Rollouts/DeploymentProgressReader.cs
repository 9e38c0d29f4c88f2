using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.Rollouts;

/// <summary>
/// Reads ECS's ServiceDeployment into <see cref="DeploymentProgress"/>. Pure: the caller supplies what it looked up beside it
/// (alarm states, task definitions of revisions) and the clock reading, so each strategy is tested from canned responses.
/// </summary>
internal static class DeploymentProgressReader
{
    public static DeploymentProgress Read(ServiceDeployment deployment, DeploymentReadContext context)
    {
        var arn = deployment.ServiceDeploymentArn ?? "";
        var (cluster, service) = DeploymentArns.Parse(arn);
        var strategy = StrategyNames.ParseStrategy(deployment.DeploymentConfiguration?.Strategy);
        var outcome = Outcome(deployment);
        var target = deployment.TargetServiceRevision is { } t ? Revision(t, context) : null;
        return new DeploymentProgress
        {
            DeploymentArn = arn,
            Cluster = cluster,
            Service = service,
            Status = deployment.Status ?? "PENDING",
            StatusReason = deployment.StatusReason,
            Strategy = strategy,
            LifecycleStage = deployment.LifecycleStage,
            // Value lists, so a poll that changed nothing publishes nothing.
            Stages = new ValueList<StageStep>(DeploymentStages.Steps(strategy, deployment.LifecycleStage, outcome)),
            Sources = new ValueList<RevisionProgress>((deployment.SourceServiceRevisions ?? []).Select(s => Revision(s, context))),
            Target = target,
            ProductionTrafficWeight = context.ProductionTrafficWeight ?? target?.ProductionTrafficWeight,
            TestTrafficWeight = context.TestTrafficWeight ?? target?.TestTrafficWeight,
            BakeTimeRemaining = BakeEndsAt(deployment, context, outcome) is { } bakeEnds ? Max(bakeEnds - context.Now, TimeSpan.Zero) : null,
            BakeEndsAt = BakeEndsAt(deployment, context, outcome),
            CircuitBreaker = deployment.DeploymentCircuitBreaker is { Status: not null } breaker
                ? new CircuitBreakerProgress(breaker.Status, breaker.FailureCount ?? 0, breaker.Threshold)
                : null,
            Alarms = new ValueList<AlarmProgress>((deployment.Alarms?.AlarmNames ?? []).Select(name => new AlarmProgress(
                name, context.AlarmStates.GetValueOrDefault(name), deployment.Alarms?.TriggeredAlarmNames?.Contains(name) == true))),
            PendingHook = outcome is null ? PendingHook(deployment) : null,
            Outcome = outcome,
            RollbackReason = deployment.Rollback?.Reason,
            CreatedAt = deployment.CreatedAt,
            StartedAt = deployment.StartedAt,
            FinishedAt = deployment.FinishedAt ?? deployment.StoppedAt,
        };
    }

    /// <summary>
    /// How it ended, truthfully: a rollback (by the circuit breaker, an alarm, a hook or an operator) is <see cref="DeploymentOutcome.RolledBack"/>,
    /// a stop forced by a tripped breaker or alarm is <see cref="DeploymentOutcome.Failed"/>; null while it runs.
    /// </summary>
    public static DeploymentOutcome? Outcome(ServiceDeployment deployment) => Outcome(
        deployment.Status, deployment.DeploymentCircuitBreaker?.Status == "TRIGGERED" || deployment.Alarms?.Status == "TRIGGERED");

    public static DeploymentOutcome? Outcome(string? status, bool safetyNetTripped) => status switch
    {
        "SUCCESSFUL" => DeploymentOutcome.Succeeded,
        "ROLLBACK_SUCCESSFUL" => DeploymentOutcome.RolledBack,
        "ROLLBACK_FAILED" => DeploymentOutcome.Failed,
        "STOPPED" => safetyNetTripped ? DeploymentOutcome.Failed : DeploymentOutcome.Stopped,
        _ => null,
    };

    private static RevisionProgress Revision(ServiceRevisionSummary summary, DeploymentReadContext context)
    {
        var arn = summary.Arn ?? "";
        var taskDefinition = context.RevisionTaskDefinitions.TryGetValue(arn, out var td) && td is not null ? TaskDefinitionNames.FamilyRevision(td) : null;
        return new RevisionProgress(
            arn,
            taskDefinition,
            summary.RunningTaskCount ?? 0,
            summary.PendingTaskCount ?? 0,
            summary.RequestedTaskCount ?? 0,
            summary.RequestedProductionTrafficWeight,
            summary.RequestedTestTrafficWeight)
        {
            TargetGroupArn = context.RevisionTargetGroups?.GetValueOrDefault(arn),
        };
    }

    private static DateTimeOffset? BakeEndsAt(ServiceDeployment deployment, DeploymentReadContext context, DeploymentOutcome? outcome) =>
        outcome is null && deployment.LifecycleStage == "BAKE_TIME" && context.BakeStartedAt is { } started
            ? started + TimeSpan.FromMinutes(deployment.DeploymentConfiguration?.BakeTimeInMinutes ?? 0)
            : null;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static PendingHook? PendingHook(ServiceDeployment deployment) =>
        deployment.LifecycleHookDetails?.FirstOrDefault(h => h.Status == "AWAITING_ACTION" && h.HookId is not null) is { } hook
            ? new PendingHook(hook.HookId!, deployment.LifecycleStage, hook.TargetType ?? "PAUSE", hook.ExpiresAt, hook.TimeoutAction)
            : null;
}

/// <summary>What a progress read needs beside the deployment itself.</summary>
/// <param name="Now">The injected clock's reading.</param>
/// <param name="BakeStartedAt">When the deployment was first seen in BAKE_TIME (ECS does not say when a stage began).</param>
/// <param name="AlarmStates">CloudWatch state per alarm name.</param>
/// <param name="RevisionTaskDefinitions">Task definition ARN per service revision ARN.</param>
/// <param name="ProductionTrafficWeight">The target's share of production traffic read from the listener rule, when known.</param>
/// <param name="TestTrafficWeight">The target's share of test traffic read from the test listener rule, when known.</param>
/// <param name="RevisionTargetGroups">Target group ARN per service revision ARN, for the revisions behind a load balancer.</param>
internal sealed record DeploymentReadContext(
    DateTimeOffset Now,
    DateTimeOffset? BakeStartedAt,
    IReadOnlyDictionary<string, string?> AlarmStates,
    IReadOnlyDictionary<string, string?> RevisionTaskDefinitions,
    double? ProductionTrafficWeight = null,
    double? TestTrafficWeight = null,
    IReadOnlyDictionary<string, string?>? RevisionTargetGroups = null)
{
    public static DeploymentReadContext Empty(DateTimeOffset now) =>
        new(now, null, new Dictionary<string, string?>(), new Dictionary<string, string?>());
}
