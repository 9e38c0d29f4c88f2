namespace EcsConsole.Core.Live;

/// <summary>
/// One polling monitor per key, shared by every viewer of that key: the first lease starts it, the last lease released
/// stops it. Used by the service/task monitors and the deployment monitors alike.
/// </summary>
internal sealed class SharedMonitors<TMonitor> : IAsyncDisposable where TMonitor : PolledMonitor
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Monitors currently polling (one per watched key).</summary>
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

    /// <summary>A lease on the key's monitor, created and started by <paramref name="create"/> when nobody watches it yet.</summary>
    public MonitorLease<TView> Acquire<TView>(string key, Func<TMonitor> create) where TView : class
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry(create());
                _entries[key] = entry;
                entry.Monitor.Start();
            }
            entry.Viewers++;
        }
        return new MonitorLease<TView>((TView)(object)entry.Monitor, () => ReleaseAsync(key));
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
            await stopped.Monitor.StopAsync();
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
            await entry.Monitor.StopAsync();
        }
    }

    private sealed class Entry(TMonitor monitor)
    {
        public TMonitor Monitor { get; } = monitor;

        public int Viewers { get; set; }
    }
}
