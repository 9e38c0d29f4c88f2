using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Rollouts;

namespace EcsConsole.Web.Model.Rollouts;

/// <summary>
/// The live deployment page: the deployment's latest progress, the service events since it began (newest first), and the
/// bake end as an instant so the page can count down every second between polls. Not thread-safe: apply batches on the
/// renderer's dispatcher.
/// </summary>
public sealed class DeploymentViewModel(TimeProvider time)
{
    private readonly LiveTable<DeploymentProgress> _progress = new(p => p.DeploymentArn);
    private readonly LiveTable<ServiceEventEntry> _events = new(e => e.Id);
    private IReadOnlyList<ServiceEventEntry>? _eventRows;

    public DeploymentProgress? Progress { get; private set; }

    /// <summary>When bake time ends; null outside BAKE_TIME.</summary>
    public DateTimeOffset? BakeEndsAt { get; private set; }

    public IReadOnlyList<ServiceEventEntry> Events =>
        _eventRows ??= [.. _events.Rows.OrderByDescending(e => e.CreatedAt ?? DateTimeOffset.MinValue).ThenByDescending(e => e.Id, StringComparer.Ordinal)];

    /// <summary>Bake time left now, counted on the clock between polls.</summary>
    public TimeSpan? BakeRemaining => BakeEndsAt is { } end ? Countdown.Remaining(end, time) : null;

    /// <summary>Approve and Roll back apply only while a PAUSE hook waits and the deployment still runs.</summary>
    public bool AwaitsApproval => Progress is { IsInProgress: true, PendingHook: not null, IsDerived: false };

    /// <summary>Stop applies only while the deployment runs and is not already being stopped or rolled back.</summary>
    /// <summary>A derived view has no service deployment ARN, which StopServiceDeployment needs.</summary>
    public bool CanStop => Progress is { IsInProgress: true, IsDerived: false, Status: not ("STOP_REQUESTED" or "ROLLBACK_REQUESTED" or "ROLLBACK_IN_PROGRESS") };

    public void Reset(Subscription<DeploymentProgress> progress, Subscription<ServiceEventEntry> events)
    {
        _progress.Reset(progress.InitialState);
        _events.Reset(events.InitialState);
        _eventRows = null;
        Refresh();
    }

    public void ApplyProgress(IReadOnlyList<Change<DeploymentProgress>> changes)
    {
        _progress.Apply(changes);
        Refresh();
    }

    public void ApplyEvents(IReadOnlyList<Change<ServiceEventEntry>> changes)
    {
        _events.Apply(changes);
        _eventRows = null;
    }

    private void Refresh()
    {
        Progress = _progress.Rows.FirstOrDefault();
        // The service layer's end instant when it gives one; otherwise the remaining time from when this poll arrived.
        BakeEndsAt = Progress?.BakeEndsAt ?? (Progress?.BakeTimeRemaining is { } remaining ? time.GetUtcNow() + remaining : null);
    }
}
