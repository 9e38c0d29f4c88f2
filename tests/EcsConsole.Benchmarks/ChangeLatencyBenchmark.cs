using System.Diagnostics;
using EcsConsole.Aws.Ecs;

namespace EcsConsole.Benchmarks;

/// <summary>
/// Real time from a change in the sandbox (a service's desired count) to that change arriving at a subscriber of the
/// real monitor polling on the real clock.
/// </summary>
internal static class ChangeLatencyBenchmark
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public static async Task<IReadOnlyList<TimeSpan>> MeasureAsync(BenchmarkSandbox sandbox, string cluster, string service, int samples)
    {
        await using var rig = new FleetMonitorRig(sandbox, Interval, TimeProvider.System);
        await rig.StartAsync();
        using var stop = new CancellationTokenSource();
        var subscription = rig.Monitor.SubscribeServices(cluster, stop.Token);
        var desired = subscription.InitialState.Single(s => s.Name == service).Desired;
        await using var changes = subscription.Changes.GetAsyncEnumerator(stop.Token);
        var results = new List<TimeSpan>();
        for (var i = 0; i < samples; i++)
        {
            desired = desired == 1 ? 2 : 1;
            // Spread the changes over the poll cycle, so the figures show the whole range and not one phase of it.
            await Task.Delay(Interval * (i + 1) / (samples + 1), TimeProvider.System);
            var watch = Stopwatch.StartNew();
            await sandbox.Ecs.UpdateServiceAsync(new UpdateServiceRequest { Cluster = cluster, Service = service, DesiredCount = desired });
            while (await changes.MoveNextAsync() && !changes.Current.Any(c => c.Item.Name == service && c.Item.Desired == desired))
            {
            }

            results.Add(watch.Elapsed);
        }

        await stop.CancelAsync();
        return results;
    }
}
