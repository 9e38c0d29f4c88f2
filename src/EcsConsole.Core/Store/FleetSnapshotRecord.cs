namespace EcsConsole.Core.Store;

/// <summary>The last complete fleet read of one connection and region (see <see cref="StoredFleetSnapshots"/>).</summary>
public sealed class FleetSnapshotRecord
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
}
