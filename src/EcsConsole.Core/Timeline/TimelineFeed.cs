using System.Collections.Immutable;
using EcsConsole.Aws;
using EcsConsole.Core.Live;
using EcsConsole.Core.Fleet;
namespace EcsConsole.Core.Timeline;

/// <summary>
/// One live stream of service events and deployment changes across all clusters, fed by the fleet monitor's polls
/// (no AWS calls of its own). Singleton; keeps the newest <see cref="Capacity"/> entries and forgets everything when
/// the AWS connection switches, so one account's history never shows under another.
/// </summary>
public sealed class TimelineFeed : IFleetSnapshotObserver, IDisposable
{
    public const int Capacity = 2000;

    private readonly Lock _gate = new();
    private readonly AwsConnection _connection;
    private readonly TimeProvider _timeProvider;
    private readonly ChangeFeed<TimelineEntry> _feed;
    private readonly Dictionary<string, TimelineEntry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeploymentFact> _deployments = new(StringComparer.Ordinal);

    public TimelineFeed(AwsConnection connection, TimeProvider timeProvider)
    {
        _connection = connection;
        _timeProvider = timeProvider;
        _feed = new ChangeFeed<TimelineEntry>(e => e.Id, timeProvider);
        _connection.Changed += Clear;
    }

    public ImmutableArray<TimelineEntry> Current => _feed.Current;

    /// <summary>The entries now and every change after; the stream ends when <paramref name="cancellationToken"/> is cancelled.</summary>
    public Subscription<TimelineEntry> Subscribe(CancellationToken cancellationToken) => _feed.Subscribe(cancellationToken);

    public void OnSnapshot(FleetSnapshot snapshot)
    {
        if (snapshot.Activity is null)
        {
            return;
        }
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var activity in snapshot.Activity)
            {
                AddEvents(activity);
                AddDeploymentChanges(activity, now, seen);
            }
            // ECS drops finished deployments from a service; their last state is on the timeline, the tracking can go.
            foreach (var gone in _deployments.Keys.Where(k => !seen.Contains(k)).ToList())
            {
                _deployments.Remove(gone);
            }
            Prune();
            _feed.Replace(_entries.Values);
        }
    }

    public void Dispose() => _connection.Changed -= Clear;

    private void AddEvents(ServiceActivity activity)
    {
        foreach (var serviceEvent in activity.Events)
        {
            var id = $"event/{activity.Cluster}/{activity.Service}/{serviceEvent.Id}";
            _entries.TryAdd(id, new TimelineEntry(id, serviceEvent.At, activity.Cluster, activity.Service, TimelineKind.ServiceEvent, serviceEvent.Message));
        }
    }

    private void AddDeploymentChanges(ServiceActivity activity, DateTimeOffset now, HashSet<string> seen)
    {
        foreach (var deployment in activity.Deployments)
        {
            var key = $"{activity.Cluster}/{activity.Service}/{deployment.Id}";
            seen.Add(key);
            _deployments.TryGetValue(key, out var previous);
            _deployments[key] = deployment;
            if (previous is null)
            {
                Add(activity, key, "started", deployment.CreatedAt ?? now, TimelineKind.DeploymentStarted,
                    $"Deployment {deployment.Id} of {deployment.TaskDefinition} started ({deployment.Desired} desired)");
            }
            if (deployment.RolloutState is { } state && state != previous?.RolloutState && !(previous is null && state == "IN_PROGRESS"))
            {
                // First sight of a finished deployment is dated by ECS's updatedAt; a change seen later, by when ECS says it happened or now.
                var at = deployment.UpdatedAt ?? now;
                Add(activity, key, state.ToLowerInvariant(), at, KindOf(state), RolloutMessage(deployment, state));
            }
        }
    }

    private void Add(ServiceActivity activity, string key, string suffix, DateTimeOffset at, TimelineKind kind, string message)
    {
        var id = $"deployment/{key}/{suffix}";
        _entries.TryAdd(id, new TimelineEntry(id, at, activity.Cluster, activity.Service, kind, message));
    }

    private static TimelineKind KindOf(string rolloutState) => rolloutState switch
    {
        "COMPLETED" => TimelineKind.DeploymentCompleted,
        "FAILED" => TimelineKind.DeploymentFailed,
        _ => TimelineKind.RolloutChanged,
    };

    private static string RolloutMessage(DeploymentFact deployment, string state)
    {
        var what = state switch
        {
            "COMPLETED" => "completed",
            "FAILED" => "failed",
            _ => $"is {state.Replace('_', ' ').ToLowerInvariant()}",
        };
        var reason = string.IsNullOrWhiteSpace(deployment.RolloutStateReason) ? "" : $": {deployment.RolloutStateReason}";
        return $"Deployment {deployment.Id} of {deployment.TaskDefinition} {what}{reason}";
    }

    private void Prune()
    {
        if (_entries.Count <= Capacity)
        {
            return;
        }
        foreach (var old in _entries.Values.OrderByDescending(e => e.At).Skip(Capacity).ToList())
        {
            _entries.Remove(old.Id);
        }
    }

    private void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _deployments.Clear();
            _feed.Replace([]);
        }
    }
}
