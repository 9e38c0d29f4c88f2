using EcsConsole.Core.Problems;

namespace EcsConsole.Core.Fleet;

/// <summary>How fresh the monitor's data is and whether the last poll failed.</summary>
/// <param name="LastRefreshed">When the last poll succeeded; null before the first success on this connection.</param>
/// <param name="LastError">Why the last poll failed; null when it succeeded.</param>
public sealed record MonitorStatus(DateTimeOffset? LastRefreshed, AwsProblem? LastError)
{
    public static MonitorStatus NotYetPolled { get; } = new(null, null);

    /// <summary>
    /// AWS answered the last poll with throttling, server faults or not at all, even if a retry then succeeded; the
    /// data may be older than usual. Clears on a poll where every call succeeds at the first attempt.
    /// </summary>
    public bool Degraded { get; init; }

    /// <summary>
    /// Set while the data shown is the fleet kept in the store from an earlier read (before a restart, or by another
    /// instance): when that read was. Clears with the first fresh read.
    /// </summary>
    public DateTimeOffset? KeptSnapshotReadAt { get; init; }
}
