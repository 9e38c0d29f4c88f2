namespace EcsConsole.Core.Fleet;

/// <summary>
/// The last complete fleet read per connection and region, kept in the console's store so a restarted console, or a
/// page opened before the first poll ends, shows the whole fleet at once (marked with its age) while a fresh read fills
/// in. Shared by every console instance on the same store. Singleton; failures are the caller's to log, never fatal.
/// </summary>
public interface IFleetSnapshotStore
{
    /// <summary>The kept snapshot of <paramref name="connectionKey"/> (<c>name@region</c>), or null when none is kept.</summary>
    Task<KeptFleetSnapshot?> LoadAsync(string connectionKey, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps <paramref name="snapshot"/>, read at <paramref name="readAt"/>. When <paramref name="changed"/> is false
    /// (the read found what the last one did) only the age may be renewed, and not on every poll.
    /// </summary>
    Task SaveAsync(string connectionKey, FleetSnapshot snapshot, DateTimeOffset readAt, bool changed, CancellationToken cancellationToken);
}

/// <summary>A kept fleet snapshot and when it was read.</summary>
public sealed record KeptFleetSnapshot(FleetSnapshot Snapshot, DateTimeOffset ReadAt);
