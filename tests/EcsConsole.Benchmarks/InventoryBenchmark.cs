using System.Diagnostics;
using EcsConsole.Core.Fleet;
using EcsConsole.Sandbox;

namespace EcsConsole.Benchmarks;

/// <summary>One full fleet read: AWS attempts against the minimum the API page and batch limits allow, and its wall time.</summary>
internal static class InventoryBenchmark
{
    public static long MinimumCalls(SandboxScale scale) =>
        Pages(scale.Clusters, 100) // ListClusters
        + Pages(scale.Clusters, 100) // DescribeClusters
        + (scale.Clusters * (Pages(scale.ServicesPerCluster, 100) + Pages(scale.ServicesPerCluster, 10)));

    public static async Task<(long Calls, TimeSpan Elapsed)> ReadOnceAsync(BenchmarkSandbox sandbox) =>
        await ReadOnceAsync(sandbox, new Dictionary<string, long>());

    /// <summary>Also fills <paramref name="byOperation"/> with the attempts per "Service Operation" of this read.</summary>
    public static async Task<(long Calls, TimeSpan Elapsed)> ReadOnceAsync(BenchmarkSandbox sandbox, Dictionary<string, long> byOperation)
    {
        var counts = sandbox.Calls.Snapshot();
        var before = sandbox.Calls.TotalAttempts;
        var watch = Stopwatch.StartNew();
        var snapshot = await new EcsFleetReader(sandbox.Ecs).ReadAsync(CancellationToken.None);
        watch.Stop();
        if (snapshot.Clusters.Length == 0)
        {
            throw new InvalidOperationException("The fleet read came back empty.");
        }

        foreach (var (operation, count) in sandbox.Calls.Snapshot())
        {
            byOperation[operation] = count - counts.GetValueOrDefault(operation);
        }

        return (sandbox.Calls.TotalAttempts - before, watch.Elapsed);
    }

    private static long Pages(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);
}
