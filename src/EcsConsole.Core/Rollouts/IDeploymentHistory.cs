namespace EcsConsole.Core.Rollouts;

/// <summary>
/// A service's deployments as ECS remembers them, joined with the console's record of who started each and why. Singleton;
/// reads ECS on every call (ListServiceDeployments, DescribeServiceDeployments ≤ 20 per call) and the store.
/// </summary>
public interface IDeploymentHistory
{
    /// <summary>Deployments created since <paramref name="since"/> (default: 90 days ago on the injected clock), newest first.</summary>
    Task<IReadOnlyList<DeploymentHistoryEntry>> GetAsync(string cluster, string service, DateTimeOffset? since = null, CancellationToken cancellationToken = default);
}

/// <summary>
/// One deployment of the history. <see cref="StartedBy"/> and <see cref="Note"/> are known only for deployments started from the
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
}
