namespace EcsConsole.Core.Store;

/// <summary>
/// The last complete fleet read of one connection and region (see <see cref="StoredFleetSnapshots"/>), and the lease of
/// the console instance that polls that connection and region for every instance on the store (see
/// <see cref="SharedFleetPolling"/>). A row that holds only a lease, before its poller's first read is kept, has an empty
/// <see cref="ContentHash"/> and is no snapshot.
/// </summary>
public sealed class FleetSnapshotRecord : ILeased
{
    public const int MaxKeyLength = 200;

    /// <summary><c>{connection name}@{region}</c>, as monitors are keyed.</summary>
    public required string ConnectionKey { get; set; }

    /// <summary>When the read that this snapshot holds finished.</summary>
    public DateTimeOffset ReadAt { get; set; }

    /// <summary>SHA-256 of <see cref="Payload"/>, hex: lets an unchanged fleet renew only its age.</summary>
    public required string ContentHash { get; set; }

    public int ClusterCount { get; set; }

    public int ServiceCount { get; set; }

    /// <summary>The clusters and services as gzip-compressed JSON (<see cref="FleetSnapshotCodec"/>).</summary>
    public required byte[] Payload { get; set; }

    /// <summary>True for a row written by a new poller before its first read: a lease, no snapshot.</summary>
    public bool IsPlaceholder => ContentHash.Length == 0;

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseAcquiredAt { get; set; }

    public DateTimeOffset? LeaseHeartbeatAt { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }
}
