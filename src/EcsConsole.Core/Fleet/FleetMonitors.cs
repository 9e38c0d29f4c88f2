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
    EcsConsole.Aws.Budget.AwsRateBudget? budget = null) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Monitors polling for other connections or regions than the console's own.</summary>
    public int ActiveCount
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>A hold on the monitor of <paramref name="settings"/>' connection and region; dispose it when the viewer leaves.</summary>
    public MonitorLease<IFleetMonitor> Acquire(AwsConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (IsConsoleOwn(settings, aws))
        {
            // The console's own monitor is hosted and always polls: a hold on it releases nothing.
            return new MonitorLease<IFleetMonitor>(hosted, () => ValueTask.CompletedTask);
        }
        var key = KeyOf(settings);
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!) || !ReferenceEquals(entry.Settings, settings))
            {
                var monitor = new FleetMonitor(reader, aws, options, timeProvider, loggerFactory.CreateLogger<FleetMonitor>(),
                    observers: timelines is null ? null : [timelines.For(settings)], callLog, settings, keptSnapshots, budget);
                var replaced = _entries.GetValueOrDefault(key);
                entry = new Entry(monitor, settings) { Viewers = replaced?.Viewers ?? 0 };
                _entries[key] = entry;
                _ = monitor.StartAsync(CancellationToken.None);
                if (replaced is not null) _ = replaced.Monitor.StopAsync(CancellationToken.None);
            }
            entry.Viewers++;
        }
        return new MonitorLease<IFleetMonitor>(entry.Monitor, () => ReleaseAsync(key, entry));
    }

    /// <summary>The key of a connection and region among the monitors (and the timelines fed by them).</summary>
    public static string KeyOf(AwsConnectionSettings settings) => $"{settings.ConnectionName}@{settings.Region}";

    /// <summary>Whether <paramref name="settings"/> are the console's own connection in its own region, which the hosted monitor watches.</summary>
    public static bool IsConsoleOwn(AwsConnectionSettings settings, AwsConnection aws) =>
        (settings.ConnectionName is null || string.Equals(settings.ConnectionName, ConnectionCatalog.DefaultName, StringComparison.OrdinalIgnoreCase))
        && settings.Region == aws.Default.Region;

    private async ValueTask ReleaseAsync(string key, Entry entry)
    {
        var stop = false;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry) && --entry.Viewers == 0)
            {
                _entries.Remove(key);
                stop = true;
            }
        }
        if (stop)
        {
            await entry.Monitor.StopAsync(CancellationToken.None);
            entry.Monitor.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Entry> all;
        lock (_gate)
        {
            all = [.. _entries.Values];
            _entries.Clear();
        }
        foreach (var entry in all)
        {
            await entry.Monitor.StopAsync(CancellationToken.None);
            entry.Monitor.Dispose();
        }
    }

    private sealed class Entry(FleetMonitor monitor, AwsConnectionSettings settings)
    {
        public FleetMonitor Monitor { get; } = monitor;

        public AwsConnectionSettings Settings { get; } = settings;

        public int Viewers { get; set; }
    }
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
