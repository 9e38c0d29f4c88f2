using System.Collections.Immutable;
using EcsConsole.Aws;

namespace EcsConsole.Core.Fleet;

/// <summary>
/// The fleet monitor's most recent snapshot, for services that need the whole fleet at once (image usage, stopped-task
/// archive) rather than a live stream. Singleton; empty before the first poll and after a connection switch.
/// </summary>
public sealed class LatestFleetSnapshot : IFleetSnapshotObserver, IDisposable
{
    private static readonly FleetSnapshot Empty = new([], ImmutableDictionary<string, ImmutableArray<ServiceSummary>>.Empty);

    private readonly AwsConnection _connection;
    private FleetSnapshot _current = Empty;

    public LatestFleetSnapshot(AwsConnection connection)
    {
        _connection = connection;
        _connection.Changed += Reset;
    }

    public FleetSnapshot Current => Volatile.Read(ref _current);

    public bool HasPolled => !ReferenceEquals(Current, Empty);

    public void OnSnapshot(FleetSnapshot snapshot) => Volatile.Write(ref _current, snapshot);

    public void Dispose() => _connection.Changed -= Reset;

    private void Reset() => Volatile.Write(ref _current, Empty);
}
