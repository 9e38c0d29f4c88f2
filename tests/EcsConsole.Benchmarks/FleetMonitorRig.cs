using EcsConsole.Core.Fleet;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcsConsole.Benchmarks;

/// <summary>The real <see cref="FleetMonitor"/> over the sandbox, counting completed polls through its status event.</summary>
internal sealed class FleetMonitorRig : IAsyncDisposable
{
    private int _polls;

    public FleetMonitorRig(BenchmarkSandbox sandbox, TimeSpan interval, TimeProvider time)
        : this(sandbox.Ecs, sandbox.Connection, interval, time)
    {
    }

    /// <param name="kept">The store's kept snapshots, for a monitor that loads and keeps them; null for none.</param>
    /// <param name="budget">The rate budget the monitor sizes its interval by; null polls at <paramref name="interval"/>.</param>
    /// <param name="election">Which console instance on a shared store polls; null polls here (one instance).</param>
    public FleetMonitorRig(
        EcsConsole.Aws.Ecs.IEcsClient ecs, EcsConsole.Aws.AwsConnection connection, TimeSpan interval, TimeProvider time,
        IFleetSnapshotStore? kept = null, EcsConsole.Aws.Budget.AwsRateBudget? budget = null, IFleetPollerElection? election = null)
    {
        Monitor = new FleetMonitor(
            new EcsFleetReader(ecs), connection, Options.Create(new MonitorOptions { PollInterval = interval }), time, NullLogger<FleetMonitor>.Instance,
            keptSnapshots: kept, budget: budget, election: election);
        // Completed polls only: showing a kept snapshot changes the status too, but is no poll.
        Monitor.StatusChanged += () =>
        {
            if (Monitor.Status.KeptSnapshotReadAt is null)
            {
                Interlocked.Increment(ref _polls);
            }
        };
    }

    public FleetMonitor Monitor { get; }

    public int Polls => Volatile.Read(ref _polls);

    public async Task StartAsync()
    {
        await Monitor.StartAsync(CancellationToken.None);
        await WaitAsync(() => Polls >= 1, TimeSpan.FromMinutes(2));
    }

    /// <summary>Polls a condition with a bound, so a stuck monitor fails the run instead of hanging it.</summary>
    public static async Task WaitAsync(Func<bool> condition, TimeSpan limit)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException("The fleet monitor did not get there in time.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Monitor.StopAsync(CancellationToken.None);
        Monitor.Dispose();
    }
}
