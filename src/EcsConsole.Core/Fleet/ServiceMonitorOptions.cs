namespace EcsConsole.Core.Fleet;

/// <summary>Bound from the <c>ServiceMonitor</c> configuration section: how often a watched service or task is polled.</summary>
public sealed class ServiceMonitorOptions
{
    public const string SectionName = "ServiceMonitor";

    /// <summary>While a deployment rolls out (or a task is on its way up or down), so the operator sees every step.</summary>
    public TimeSpan FastPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>When nothing moves: the service is steady, the task running or stopped.</summary>
    public TimeSpan SteadyPollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many events the Service page keeps while watched (ECS itself lists the newest 100).</summary>
    public int EventHistoryLimit { get; set; } = 500;
}
