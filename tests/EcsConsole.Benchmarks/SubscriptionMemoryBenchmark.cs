using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Benchmarks;

/// <summary>
/// Managed memory per idle viewer, approximated by what one circuit holds of the live data: a clusters subscription and
/// one cluster's services subscription, each with the loop that reads it. The Blazor circuit itself is not included.
/// </summary>
internal static class SubscriptionMemoryBenchmark
{
    public static async Task<double> BytesPerViewerAsync(BenchmarkSandbox sandbox, string cluster, int viewers)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var rig = new FleetMonitorRig(sandbox, TimeSpan.FromMinutes(10), time);
        await rig.StartAsync();
        using var stop = new CancellationTokenSource();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var loops = new List<Task>(viewers * 2);
        for (var i = 0; i < viewers; i++)
        {
            loops.Add(ReadAsync(rig.Monitor.SubscribeClusters(stop.Token)));
            loops.Add(ReadAsync(rig.Monitor.SubscribeServices(cluster, stop.Token)));
        }

        await Task.Yield();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(loops);
        await stop.CancelAsync();
        await Task.WhenAll(loops);
        return (after - before) / (double)viewers;
    }

    // A page keeps the initial state it rendered and loops over the changes; both count towards its cost.
    private static async Task ReadAsync<T>(Core.Live.Subscription<T> subscription)
    {
        var shown = subscription.InitialState;
        try
        {
            await foreach (var batch in subscription.Changes)
            {
                shown = shown.AddRange(batch.Select(c => c.Item));
            }
        }
        catch (OperationCanceledException)
        {
        }

        GC.KeepAlive(shown);
    }
}
