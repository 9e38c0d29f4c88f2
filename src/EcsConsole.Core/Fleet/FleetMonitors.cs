using EcsConsole.Aws;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Problems;
using EcsConsole.Core.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Fleet;

/// <summary>
/// One fleet monitor per connection and region, shared by every session that looks at it. The console's own connection
/// in its own region is the hosted <see cref="FleetMonitor"/> (always polling: the delivery loop, the archive and the
/// timeline need it); any other starts with its first viewer and stops when the last one leaves, so a connection
/// nobody watches is not polled. Singleton.
/// </summary>
public sealed class FleetMonitors(
    FleetMonitor hosted,
    IFleetReader reader,
    AwsConnection aws,
    IOptions<MonitorOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory,
    AwsCallLog? callLog = null,
    Timeline.TimelineFeeds? timelines = null,
    IFleetSnapshotStore? keptSnapshots = null,
    EcsConsole.Aws.Budget.AwsRateBudget? budget = null,
    IFleetPollerElection? election = null) : IAsyncDisposable
{
    // A monitor for another connection runs as a hosted service does: started, then stopped and disposed.
    private readonly SharedMonitors<FleetMonitor> _monitors = new(
        monitor => _ = monitor.StartAsync(CancellationToken.None),
        async monitor =>
        {
            await monitor.StopAsync(CancellationToken.None);
            monitor.Dispose();
        });

    /// <summary>Monitors polling for other connections or regions than the console's own.</summary>
    public int ActiveCount => _monitors.ActiveCount;

    /// <summary>A hold on the monitor of <paramref name="settings"/>' connection and region; dispose it when the viewer leaves.</summary>
    public MonitorLease<IFleetMonitor> Acquire(AwsConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (IsConsoleOwn(settings, aws))
        {
            // The console's own monitor is hosted and always polls: a hold on it releases nothing.
            return new MonitorLease<IFleetMonitor>(hosted, () => ValueTask.CompletedTask);
        }
        // Settings edited since the monitor started (a new role, another endpoint) make a new monitor for its viewers.
        return _monitors.Acquire<IFleetMonitor>(KeyOf(settings), () => new FleetMonitor(reader, aws, options, timeProvider,
                loggerFactory.CreateLogger<FleetMonitor>(), observers: timelines is null ? null : [timelines.For(settings)], callLog,
                settings, keptSnapshots, budget, election),
            fits: monitor => ReferenceEquals(monitor.Settings, settings));
    }

    /// <summary>The key of a connection and region among the monitors (and the timelines fed by them).</summary>
    public static string KeyOf(AwsConnectionSettings settings) => $"{settings.ConnectionName}@{settings.Region}";

    /// <summary>Whether <paramref name="settings"/> are the console's own connection in its own region, which the hosted monitor watches.</summary>
    public static bool IsConsoleOwn(AwsConnectionSettings settings, AwsConnection aws) =>
        (settings.ConnectionName is null || string.Equals(settings.ConnectionName, ConnectionCatalog.DefaultName, StringComparison.OrdinalIgnoreCase))
        && settings.Region == aws.Default.Region;

    public ValueTask DisposeAsync() => _monitors.DisposeAsync();
}

/// <summary>
/// The fleet monitor of this session's connection and region (<see cref="CurrentConnection"/>), for pages. Scoped: it
/// holds a lease on the shared monitor for as long as the session lives.
/// </summary>
public sealed class SessionFleetMonitor(FleetMonitors monitors, CurrentConnection current) : IFleetMonitor, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private MonitorLease<IFleetMonitor>? _lease;

    private IFleetMonitor Inner
    {
        get
        {
            lock (_gate)
            {
                _lease ??= monitors.Acquire(current.Settings);
                return _lease.Monitor;
            }
        }
    }

    public MonitorStatus Status => Inner.Status;

    public DateTimeOffset? LastRefreshed => Inner.LastRefreshed;

    public AwsProblem? LastError => Inner.LastError;

    public TimeSpan? PollInterval => Inner.PollInterval;

    public FleetSnapshot? LatestSnapshot => Inner.LatestSnapshot;

    public event Action? StatusChanged
    {
        add => Inner.StatusChanged += value;
        remove => Inner.StatusChanged -= value;
    }

    public Live.Subscription<Fleet.ClusterSummary> SubscribeClusters(CancellationToken cancellationToken) => Inner.SubscribeClusters(cancellationToken);

    public Live.Subscription<Fleet.ServiceSummary> SubscribeServices(string cluster, CancellationToken cancellationToken) => Inner.SubscribeServices(cluster, cancellationToken);

    public ValueTask DisposeAsync() => _lease?.DisposeAsync() ?? ValueTask.CompletedTask;
}
