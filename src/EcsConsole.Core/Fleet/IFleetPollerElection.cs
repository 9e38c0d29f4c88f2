namespace EcsConsole.Core.Fleet;

/// <summary>
/// One poller per connection and region for all console instances on a shared store: the instance that holds the poller
/// lease reads AWS and keeps its snapshot in the store (<see cref="IFleetSnapshotStore"/>); the others read that snapshot
/// when told it changed. A poller that stops renewing its lease (killed, hung, cut off from the store) loses it when it
/// expires, and the next instance to ask takes over. Singleton, thread-safe; registered only for a store several
/// instances can share (PostgreSQL).
/// </summary>
public interface IFleetPollerElection
{
    /// <summary>
    /// True when this instance polls <paramref name="snapshotKey"/> now: it holds the lease, or has just taken it because
    /// nobody held it or its holder let it expire. False while another instance holds it.
    /// </summary>
    Task<bool> TryLeadAsync(string snapshotKey, CancellationToken cancellationToken);

    /// <summary>Tells the other instances that the snapshot of <paramref name="snapshotKey"/> was written anew.</summary>
    Task AnnounceAsync(string snapshotKey, CancellationToken cancellationToken);

    /// <summary>Completes when another instance announces a new snapshot of <paramref name="snapshotKey"/>, or after <paramref name="timeout"/>.</summary>
    Task WaitForSnapshotAsync(string snapshotKey, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Gives the lease of <paramref name="snapshotKey"/> back, if held here, so another instance takes over at once.</summary>
    Task ResignAsync(string snapshotKey);
}
