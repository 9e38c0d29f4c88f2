using EcsConsole.Aws;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Inventory;

/// <summary>Keeps the shared service and task monitors, counting their viewers.</summary>
internal sealed class InventoryMonitors(
    IServiceReader serviceReader,
    ITaskReader taskReader,
    IOptions<ServiceMonitorOptions> options,
    AwsConnection connection,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IInventoryMonitors, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Monitors currently polling (one per watched service or task).</summary>
    internal int ActiveCount
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public MonitorLease<IServiceMonitor> WatchService(string cluster, string service)
    {
        var monitor = Acquire($"service/{cluster}/{service}", () => new ServiceMonitor(
            cluster, service, serviceReader, options.Value, connection, timeProvider, loggerFactory.CreateLogger<ServiceMonitor>()));
        return new MonitorLease<IServiceMonitor>((IServiceMonitor)monitor.Monitor, () => ReleaseAsync(monitor.Key));
    }

    public MonitorLease<ITaskMonitor> WatchTask(string cluster, string taskId)
    {
        var monitor = Acquire($"task/{cluster}/{taskId}", () => new TaskMonitor(
            cluster, taskId, taskReader, options.Value, connection, timeProvider, loggerFactory.CreateLogger<TaskMonitor>()));
        return new MonitorLease<ITaskMonitor>((ITaskMonitor)monitor.Monitor, () => ReleaseAsync(monitor.Key));
    }

    internal PolledMonitor? Find(string key)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(key, out var entry) ? entry.Monitor : null;
        }
    }

    private Entry Acquire(string key, Func<PolledMonitor> create)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry(key, create());
                _entries[key] = entry;
                entry.Monitor.Start();
            }
            entry.Viewers++;
            return entry;
        }
    }

    private async ValueTask ReleaseAsync(string key)
    {
        Entry? stopped = null;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry) && --entry.Viewers == 0)
            {
                _entries.Remove(key);
                stopped = entry;
            }
        }
        // Outside the lock: stopping waits for a poll in flight, and others may watch meanwhile (they get a new monitor).
        if (stopped is not null)
        {
            await stopped.Monitor.StopAsync().ConfigureAwait(false);
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
            await entry.Monitor.StopAsync().ConfigureAwait(false);
        }
    }

    private sealed class Entry(string key, PolledMonitor monitor)
    {
        public string Key { get; } = key;

        public PolledMonitor Monitor { get; } = monitor;

        public int Viewers { get; set; }
    }
}
