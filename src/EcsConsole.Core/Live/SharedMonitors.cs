namespace EcsConsole.Core.Live;

/// <summary>Makes the registries of the monitor kinds the console shares.</summary>
internal static class SharedMonitors
{
    /// <summary>A registry of polled monitors (service, task, deployment): started on the first lease, stopped after the last.</summary>
    public static SharedMonitors<TMonitor> Polled<TMonitor>() where TMonitor : PolledMonitor =>
        new(monitor => monitor.Start(), monitor => new ValueTask(monitor.StopAsync()));
}

/// <summary>
/// One monitor per key, shared by every viewer of that key: the first lease starts it, the last lease released stops it.
/// Used by the fleet, service/task and deployment monitors alike. Thread-safe.
/// </summary>
internal sealed class SharedMonitors<TMonitor> : IAsyncDisposable where TMonitor : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Action<TMonitor> _start;
    private readonly Func<TMonitor, ValueTask> _stop;

    /// <param name="start">Starts a new monitor; called under the registry's lock, so it must return at once.</param>
    /// <param name="stop">Stops a monitor nobody watches any more (and releases what it holds); called outside the lock.</param>
    public SharedMonitors(Action<TMonitor> start, Func<TMonitor, ValueTask> stop)
    {
        _start = start;
        _stop = stop;
    }

    /// <summary>Monitors currently running (one per watched key).</summary>
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

    /// <summary>
    /// A lease on the key's monitor, created and started by <paramref name="create"/> when nobody watches it yet, or when
    /// the running one no longer <paramref name="fits"/> (say, its connection's settings changed): then the new one takes
    /// over its viewers and the old one stops.
    /// </summary>
    public MonitorLease<TView> Acquire<TView>(string key, Func<TMonitor> create, Func<TMonitor, bool>? fits = null) where TView : class
    {
        Entry entry;
        Entry? replaced = null;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!) || (fits is not null && !fits(entry.Monitor)))
            {
                replaced = entry;
                entry = new Entry(create()) { Viewers = replaced?.Viewers ?? 0 };
                if (replaced is not null) replaced.Successor = entry;
                _entries[key] = entry;
                _start(entry.Monitor);
            }
            entry.Viewers++;
        }
        if (replaced is not null)
        {
            _ = _stop(replaced.Monitor).AsTask();
        }
        var held = entry;
        return new MonitorLease<TView>((TView)(object)entry.Monitor, () => ReleaseAsync(key, held));
    }

    private async ValueTask ReleaseAsync(string key, Entry held)
    {
        Entry? stopped = null;
        lock (_gate)
        {
            // A lease on a replaced monitor counts among the viewers of the one that took over.
            var entry = held;
            while (entry.Successor is { } next) entry = next;
            if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry) && --entry.Viewers == 0)
            {
                _entries.Remove(key);
                stopped = entry;
            }
        }
        // Outside the lock: stopping waits for a poll in flight, and others may watch meanwhile (they get a new monitor).
        if (stopped is not null)
        {
            await _stop(stopped.Monitor);
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
            await _stop(entry.Monitor);
        }
    }

    private sealed class Entry(TMonitor monitor)
    {
        public TMonitor Monitor { get; } = monitor;

        public int Viewers { get; set; }

        public Entry? Successor { get; set; }
    }
}
