namespace EcsConsole.Core.Live;

/// <summary>
/// A viewer's hold on a shared monitor. Dispose it when the viewer goes away: the last lease released stops the monitor's
/// polling. Disposing twice releases once.
/// </summary>
public sealed class MonitorLease<TMonitor> : IAsyncDisposable
{
    private Func<ValueTask>? _release;

    /// <param name="release">Called once, on the first dispose.</param>
    public MonitorLease(TMonitor monitor, Func<ValueTask> release)
    {
        Monitor = monitor;
        _release = release;
    }

    public TMonitor Monitor { get; }

    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _release, null)?.Invoke() ?? ValueTask.CompletedTask;
}
