namespace EcsConsole.Sandbox;

/// <summary>
/// A clock that runs <see cref="Factor"/> times faster than the real one, starting from the real now: the sandbox's
/// rollouts and health checks take seconds of real time instead of minutes. Timers and delays scale with it.
/// </summary>
public sealed class AcceleratedTimeProvider : TimeProvider
{
    private readonly TimeProvider real;
    private readonly DateTimeOffset startedAt;
    private readonly long startTimestamp;

    public AcceleratedTimeProvider(double factor, TimeProvider? real = null)
    {
        if (factor <= 0 || double.IsNaN(factor) || double.IsInfinity(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The time acceleration must be a positive number.");
        }

        Factor = factor;
        this.real = real ?? System;
        startedAt = this.real.GetUtcNow();
        startTimestamp = this.real.GetTimestamp();
    }

    public double Factor { get; }

    public override DateTimeOffset GetUtcNow() => startedAt + (real.GetElapsedTime(startTimestamp) * Factor);

    public override long GetTimestamp() => startTimestamp + (long)((real.GetTimestamp() - startTimestamp) * Factor);

    public override long TimestampFrequency => real.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(real.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan simulated) =>
        simulated == Timeout.InfiniteTimeSpan || simulated <= TimeSpan.Zero ? simulated : simulated / Factor;

    private sealed class ScaledTimer(ITimer inner, AcceleratedTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
