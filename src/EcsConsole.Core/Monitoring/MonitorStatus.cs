namespace EcsConsole.Core.Monitoring;

/// <summary>How fresh the monitor's data is and whether the last poll failed.</summary>
/// <param name="LastRefreshed">When the last poll succeeded; null before the first success on this connection.</param>
/// <param name="LastError">Why the last poll failed; null when it succeeded.</param>
public sealed record MonitorStatus(DateTimeOffset? LastRefreshed, AwsProblem? LastError)
{
    public static MonitorStatus NotYetPolled { get; } = new(null, null);
}
