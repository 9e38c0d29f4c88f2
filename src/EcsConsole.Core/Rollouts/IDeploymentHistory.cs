namespace EcsConsole.Core.Rollouts;

/// <summary>
/// A service's deployments as ECS remembers them, joined with the console's record of who started each and why. Singleton;
/// reads ECS on every call (DescribeServices, ListServiceDeployments, DescribeServiceDeployments ≤ 20 per call) and the store.
/// Where the connection lacks or refuses the service deployment API, or ECS does not deploy the service (CODE_DEPLOY,
/// EXTERNAL), the history is derived from DescribeServices' deployments[] and says so (<see cref="DeploymentHistoryView.DerivedReason"/>).
/// A transient failure is thrown, never turned into a derived view.
/// </summary>
public interface IDeploymentHistory
{
    /// <summary>Deployments created since <paramref name="since"/> (default: 90 days ago on the injected clock), newest first.</summary>
    Task<DeploymentHistoryView> GetAsync(string cluster, string service, DateTimeOffset? since = null, CancellationToken cancellationToken = default);
}

/// <summary>The history and, when it is derived from DescribeServices' deployments[], why.</summary>
/// <param name="DerivedReason">Null when ECS's service deployments were read; otherwise why not, in words ("this endpoint does not offer ListServiceDeployments").</param>
public sealed record DeploymentHistoryView(IReadOnlyList<DeploymentHistoryEntry> Entries, string? DerivedReason = null)
{
    public bool IsDerived => DerivedReason is not null;
}

/// <summary>
/// One deployment of the history. In a derived history <see cref="DeploymentArn"/> holds the deployment id (<c>ecs-svc/…</c>). <see cref="StartedBy"/> and <see cref="Note"/> are known only for deployments started from the
/// console. <see cref="TargetTaskDefinition"/> is what a one-click rollback goes back to.
/// </summary>
public sealed record DeploymentHistoryEntry
{
    public required string DeploymentArn { get; init; }

    public required string Status { get; init; }

    public string? StatusReason { get; init; }

    /// <summary>Null while it runs.</summary>
    public DeploymentOutcome? Outcome { get; init; }

    public string? RollbackReason { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Finished minus started (or created); null while it runs.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Task definitions (<c>family:revision</c>) of the revisions it replaced.</summary>
    public IReadOnlyList<string> SourceTaskDefinitions { get; init; } = [];

    public string? TargetTaskDefinition { get; init; }

    public string? TargetTaskDefinitionArn { get; init; }

    public string? StartedBy { get; init; }

    public string? Note { get; init; }

    public RolloutKind? Kind { get; init; }

    /// <summary>ECS no longer lists it; only the console's rollout journal knows it (derived history only). Its outcome is unknown.</summary>
    public bool IsJournalOnly { get; init; }
}
