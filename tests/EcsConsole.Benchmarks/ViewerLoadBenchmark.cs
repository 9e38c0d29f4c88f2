using EcsConsole.Core.Fleet;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Benchmarks;

/// <summary>AWS attempts in one simulated minute of polling with a number of viewers subscribed to the same views.</summary>
internal static class ViewerLoadBenchmark
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    public static async Task<long> CallsPerMinuteAsync(BenchmarkSandbox sandbox, int viewers)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var rig = new FleetMonitorRig(sandbox, Interval, time);
        using var stop = new CancellationTokenSource();
        await rig.StartAsync();
        var clusterName = rig.Monitor.Status.LastRefreshed is null ? throw new InvalidOperationException("First poll failed.") : FirstCluster(rig.Monitor);
        var drains = Enumerable.Range(0, viewers).SelectMany(_ => new[]
        {
            DrainAsync(rig.Monitor.SubscribeClusters(stop.Token).Changes),
            DrainAsync(rig.Monitor.SubscribeServices(clusterName, stop.Token).Changes),
        }).ToList();

        var before = sandbox.Calls.TotalAttempts;
        var start = rig.Polls;
        for (var poll = 1; poll <= (int)(TimeSpan.FromMinutes(1) / Interval); poll++)
        {
            var target = start + poll;
            // The monitor's next delay may not be scheduled yet when the clock moves; step until the poll lands.
            await FleetMonitorRig.WaitAsync(() =>
            {
                if (rig.Polls < target)
                {
                    time.Advance(Interval);
                }

                return rig.Polls >= target;
            }, TimeSpan.FromMinutes(2));
        }

        var calls = sandbox.Calls.TotalAttempts - before;
        await stop.CancelAsync();
        await Task.WhenAll(drains);
        return calls;
    }

    private static string FirstCluster(FleetMonitor monitor)
    {
        using var probe = new CancellationTokenSource();
        var name = monitor.SubscribeClusters(probe.Token).InitialState.First().Name;
        probe.Cancel();
        return name;
    }

    private static async Task DrainAsync<T>(IAsyncEnumerable<T> changes)
    {
        try
        {
            await foreach (var _ in changes)
            {
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
