using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.Rollouts;

/// <summary>
/// Deployments read from DescribeServices' <c>deployments[]</c> instead of ECS's service deployments: for endpoints and
/// partitions that lack ListServiceDeployments/DescribeServiceDeployments, identities refused them, and services ECS does
/// not deploy (CODE_DEPLOY, EXTERNAL). Such a deployment is keyed by its id (<c>ecs-svc/…</c>), not an ARN. Pure.
/// </summary>
public static class DerivedDeployments
{
    /// <summary>The label every derived view carries.</summary>
    public const string Label = "derived from the service's deployments";

    /// <summary>What derived history can know, said once on the page.</summary>
    public const string Limits =
        "It holds only the deployments DescribeServices still lists (ECS drops finished ones soon) and those this console started, from its rollout journal.";

    /// <summary>True for a deployment key that is a DescribeServices deployment id rather than a service deployment ARN.</summary>
    public static bool IsDeploymentId(string key) => !key.StartsWith("arn:", StringComparison.Ordinal);

    /// <summary>The listed deployment with this key (its id, or the id's last segment as the page address has it).</summary>
    public static Deployment? Find(Service service, string key) =>
        (service.Deployments ?? []).FirstOrDefault(d => d.Id is { } id && (id == key || id[(id.LastIndexOf('/') + 1)..] == key));

    /// <summary>
    /// How a listed deployment ended, as far as its rollout state says: COMPLETED succeeded, FAILED failed, and one replaced
    /// before it completed was stopped; null while the PRIMARY one still rolls out.
    /// </summary>
    public static DeploymentOutcome? Outcome(Deployment deployment) => deployment.RolloutState switch
    {
        "COMPLETED" => DeploymentOutcome.Succeeded,
        "FAILED" => DeploymentOutcome.Failed,
        _ when deployment.Status != "PRIMARY" => DeploymentOutcome.Stopped,
        // No rollout state (older endpoints, EXTERNAL): done once every desired task runs.
        null when deployment.DesiredCount is { } desired && deployment.RunningCount >= desired && deployment.PendingCount is null or 0 => DeploymentOutcome.Succeeded,
        _ => null,
    };

    /// <summary>The history: every listed deployment, plus journal rows for deployments ECS no longer lists; newest first.</summary>
    public static IReadOnlyList<DeploymentHistoryEntry> History(Service service, IReadOnlyDictionary<string, RolloutRecord> journal)
    {
        var listed = (service.Deployments ?? []).Where(d => d.Id is not null).OrderBy(d => d.CreatedAt ?? DateTimeOffset.MinValue).ToList();
        var entries = new List<DeploymentHistoryEntry>();
        for (var i = 0; i < listed.Count; i++)
        {
            var older = i > 0 ? listed[i - 1].TaskDefinition : null;
            entries.Add(Entry(listed[i], older, journal.GetValueOrDefault(listed[i].Id!)));
        }
        var listedIds = listed.Select(d => d.Id!).ToHashSet(StringComparer.Ordinal);
        entries.AddRange(journal.Values.Where(r => !listedIds.Contains(r.DeploymentArn)).Select(JournalEntry));
        return [.. entries.OrderByDescending(e => e.CreatedAt ?? e.StartedAt ?? DateTimeOffset.MinValue)];
    }

    /// <summary>The live view of one listed deployment: counts of its tasks and of those it replaces, stage and outcome from its rollout state.</summary>
    public static DeploymentProgress Progress(string cluster, string serviceName, Service service, Deployment deployment, string reason)
    {
        var outcome = Outcome(deployment);
        var stage = Stage(deployment, service, outcome);
        var breaker = service.DeploymentConfiguration?.DeploymentCircuitBreaker;
        return new DeploymentProgress
        {
            DeploymentArn = deployment.Id ?? "",
            Cluster = cluster,
            Service = serviceName,
            Status = Status(deployment),
            StatusReason = deployment.RolloutStateReason,
            Strategy = DeploymentStrategyKind.Rolling,
            LifecycleStage = stage,
            Stages = new ValueList<StageStep>(DeploymentStages.Steps(DeploymentStrategyKind.Rolling, stage, outcome)),
            Sources = new ValueList<RevisionProgress>((service.Deployments ?? []).Where(d => d.Id != deployment.Id && d.Status != "INACTIVE").Select(Revision)),
            Target = Revision(deployment),
            CircuitBreaker = breaker is { Enable: true }
                ? new CircuitBreakerProgress(deployment.RolloutState == "FAILED" ? "TRIGGERED" : outcome is null ? "MONITORING" : "MONITORING_COMPLETE", deployment.FailedTasks ?? 0, null)
                : null,
            Outcome = outcome,
            CreatedAt = deployment.CreatedAt,
            StartedAt = deployment.CreatedAt,
            FinishedAt = outcome is null ? null : deployment.UpdatedAt,
            DerivedReason = reason,
        };
    }

    /// <summary>The PRIMARY deployment ECS created for a change: one that was not PRIMARY before, or (before unknown) one running the target revision.</summary>
    public static Deployment? NewPrimary(IReadOnlyList<Deployment>? deployments, string? primaryBefore, string targetTaskDefinition)
    {
        var primary = (deployments ?? []).FirstOrDefault(d => d.Status == "PRIMARY" && d.Id is not null);
        if (primary is null)
        {
            return null;
        }
        var runsTarget = primary.TaskDefinition is { } td && TaskDefinitionNames.FamilyRevision(td) == TaskDefinitionNames.FamilyRevision(targetTaskDefinition);
        // Known before: a new id, and not someone else's revision deployed meanwhile (an endpoint that omits the revision is believed).
        return primaryBefore is not null
            ? primary.Id != primaryBefore && (runsTarget || primary.TaskDefinition is null) ? primary : null
            : runsTarget ? primary : null;
    }

    private static DeploymentHistoryEntry Entry(Deployment deployment, string? olderTaskDefinition, RolloutRecord? record)
    {
        var outcome = Outcome(deployment);
        var source = record?.FromTaskDefinition ?? (olderTaskDefinition is null ? null : TaskDefinitionNames.FamilyRevision(olderTaskDefinition));
        var finished = outcome is null ? null : deployment.UpdatedAt;
        return new DeploymentHistoryEntry
        {
            DeploymentArn = deployment.Id!,
            Status = Status(deployment),
            StatusReason = deployment.RolloutStateReason ?? (outcome == DeploymentOutcome.Stopped ? "Replaced by a newer deployment before it completed." : null),
            Outcome = outcome,
            CreatedAt = deployment.CreatedAt,
            StartedAt = deployment.CreatedAt,
            FinishedAt = finished,
            Duration = finished is not null && deployment.CreatedAt is { } created ? finished - created : null,
            SourceTaskDefinitions = source is null ? [] : [source],
            TargetTaskDefinition = deployment.TaskDefinition is { } td ? TaskDefinitionNames.FamilyRevision(td) : record?.ToTaskDefinition,
            TargetTaskDefinitionArn = deployment.TaskDefinition,
            StartedBy = record?.Operator,
            Note = record?.Note,
            Kind = record?.Kind,
        };
    }

    private static DeploymentHistoryEntry JournalEntry(RolloutRecord record) => new()
    {
        DeploymentArn = record.DeploymentArn,
        Status = "NOT_LISTED",
        StatusReason = "ECS no longer lists this deployment; what is shown is the console's own record of starting it.",
        IsJournalOnly = true,
        CreatedAt = record.StartedAt,
        StartedAt = record.StartedAt,
        SourceTaskDefinitions = [record.FromTaskDefinition],
        TargetTaskDefinition = record.ToTaskDefinition,
        StartedBy = record.Operator,
        Note = record.Note,
        Kind = record.Kind,
    };

    private static string Status(Deployment deployment) =>
        deployment.RolloutState is { } state ? $"{deployment.Status ?? "UNKNOWN"} {state}" : deployment.Status ?? "UNKNOWN";

    // Scale-up while its tasks come up; clean-up while older deployments still run tasks; none once it ended.
    private static string? Stage(Deployment deployment, Service service, DeploymentOutcome? outcome)
    {
        if (outcome is not null)
        {
            return null;
        }
        var upToCount = deployment.RunningCount >= (deployment.DesiredCount ?? 0) && deployment.PendingCount is null or 0;
        var othersRunning = (service.Deployments ?? []).Any(d => d.Id != deployment.Id && d.RunningCount > 0);
        return upToCount && othersRunning ? "CLEAN_UP" : "SCALE_UP";
    }

    private static RevisionProgress Revision(Deployment deployment) => new(
        deployment.Id ?? "",
        deployment.TaskDefinition is { } td ? TaskDefinitionNames.FamilyRevision(td) : null,
        deployment.RunningCount ?? 0,
        deployment.PendingCount ?? 0,
        deployment.DesiredCount ?? 0,
        null,
        null);
}
