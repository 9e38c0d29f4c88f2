namespace EcsConsole.Sandbox;

/// <summary>
/// A clock that runs <see cref="Factor"/> times faster than the real one, starting from the real now: the sandbox's
/// rollouts and health checks take seconds of real time instead of minutes. Timers and delays scale with it.
/// </summary>
public sealed class AcceleratedTimeProvider : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly DateTimeOffset _startedAt;
    private readonly long _startTimestamp;

    public AcceleratedTimeProvider(double factor, TimeProvider? real = null)
    {
        if (factor <= 0 || double.IsNaN(factor) || double.IsInfinity(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The time acceleration must be a positive number.");
        }

        Factor = factor;
        _real = real ?? System;
        _startedAt = _real.GetUtcNow();
        _startTimestamp = _real.GetTimestamp();
    }

    public double Factor { get; }

    public override DateTimeOffset GetUtcNow() => _startedAt + (_real.GetElapsedTime(_startTimestamp) * Factor);

    public override long GetTimestamp() => _startTimestamp + (long)((_real.GetTimestamp() - _startTimestamp) * Factor);

    public override long TimestampFrequency => _real.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_real.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan simulated) =>
        simulated == Timeout.InfiniteTimeSpan || simulated <= TimeSpan.Zero ? simulated : simulated / Factor;

    private sealed class ScaledTimer(ITimer inner, AcceleratedTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
