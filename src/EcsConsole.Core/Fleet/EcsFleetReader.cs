using EcsConsole.Core.Problems;
using System.Collections.Immutable;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Timeline;

namespace EcsConsole.Core.Fleet;

/// <summary>
/// Reads the fleet through ECS: ListClusters, DescribeClusters in batches of 100, then per cluster ListServices and
/// DescribeServices in batches of 10 (the API limits). Clusters and their service batches are read concurrently, at most
/// <see cref="MaxConcurrentCalls"/> ECS calls in flight, and each part is told to the progress as it arrives.
/// </summary>
public sealed class EcsFleetReader(IEcsClient ecs) : IFleetReader
{
    internal const int ClustersPerDescribe = 100;
    internal const int ServicesPerDescribe = 10;

    // ECS answers 10 services per ListServices page unless asked for its maximum of 100: ten times the calls at scale.
    internal const int ServicesPerListPage = 100;

    /// <summary>ECS calls one read keeps in flight. Round trips, not AWS's rate, bound a first view; the rate budget bounds the rate.</summary>
    public int MaxConcurrentCalls { get; init; } = 16;

    public Task<FleetSnapshot> ReadAsync(CancellationToken cancellationToken) => ReadCoreAsync(null, cancellationToken);

    public Task<FleetSnapshot> ReadAsync(IFleetReadProgress progress, CancellationToken cancellationToken) =>
        ReadCoreAsync(progress ?? throw new ArgumentNullException(nameof(progress)), cancellationToken);

    private async Task<FleetSnapshot> ReadCoreAsync(IFleetReadProgress? progress, CancellationToken cancellationToken)
    {
        if (MaxConcurrentCalls < 1)
        {
            throw new InvalidOperationException($"EcsFleetReader.MaxConcurrentCalls must be at least 1 (is {MaxConcurrentCalls}).");
        }
        using var read = new ReadScope(MaxConcurrentCalls, cancellationToken);
        var clusters = await ReadClustersAsync(read);
        progress?.ClustersRead(clusters);
        var perCluster = await read.WhenAllAsync(clusters.Select(c => ReadServicesAsync(c, read, progress)));

        var services = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ServiceSummary>>(StringComparer.Ordinal);
        var activity = new List<ServiceActivity>();
        for (var i = 0; i < clusters.Length; i++)
        {
            services[clusters[i].Name] = perCluster[i].Services;
            activity.AddRange(perCluster[i].Activity);
        }
        return new FleetSnapshot(clusters, services.ToImmutable(), activity);
    }

    private async Task<ImmutableArray<ClusterSummary>> ReadClustersAsync(ReadScope read)
    {
        var arns = await read.CallAsync("ListClusters", ct => ToListAsync(ecs.ListClustersAsync(ct)));
        var batches = await read.WhenAllAsync(arns.Chunk(ClustersPerDescribe).Select(batch => read.CallAsync(
            "DescribeClusters",
            ct => ecs.DescribeClustersAsync(new DescribeClustersRequest { Clusters = batch }, ct))));
        // Failures here name clusters deleted between List and Describe; the next poll no longer lists them.
        return [.. batches.SelectMany(r => r.Clusters ?? []).Select(c => c.ToSummary())];
    }

    private async Task<ClusterServices> ReadServicesAsync(ClusterSummary cluster, ReadScope read, IFleetReadProgress? progress)
    {
        var arns = await read.CallAsync(
            $"ListServices for cluster {cluster.Name}",
            ct => ToListAsync(ecs.ListServicesAsync(new ListServicesRequest { Cluster = cluster.Arn, MaxResults = ServicesPerListPage }, ct)));
        var batches = await read.WhenAllAsync(arns.Chunk(ServicesPerDescribe).Select(async batch =>
        {
            var response = await read.CallAsync(
                $"DescribeServices for cluster {cluster.Name}",
                ct => ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = cluster.Arn, Services = batch }, ct));
            // As above: a MISSING failure is a service deleted mid-poll, not an error worth alarming anyone.
            var described = response.Services ?? [];
            var summaries = described.Select(s => s.ToSummary(cluster.Name)).ToArray();
            if (progress is not null && summaries.Length > 0)
            {
                await progress.ServicesReadAsync(cluster.Name, summaries, read.Token);
            }
            return (Summaries: summaries, Activity: described.Select(s => s.ToActivity(cluster.Name)).ToArray());
        }));
        return new ClusterServices([.. batches.SelectMany(b => b.Summaries)], [.. batches.SelectMany(b => b.Activity)]);
    }

    private static async Task<List<string>> ToListAsync(IAsyncEnumerable<string> items)
    {
        var list = new List<string>();
        await foreach (var item in items)
        {
            list.Add(item);
        }
        return list;
    }

    private sealed record ClusterServices(ImmutableArray<ServiceSummary> Services, IReadOnlyList<ServiceActivity> Activity);

    /// <summary>
    /// One read's bound on calls in flight and its shared cancellation: the first failure stops the rest of the read, and
    /// that failure, not a sibling's cancellation, is what the caller sees.
    /// </summary>
    private sealed class ReadScope(int maxConcurrentCalls, CancellationToken cancellationToken) : IDisposable
    {
        private readonly SemaphoreSlim _slots = new(maxConcurrentCalls, maxConcurrentCalls);
        private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        public CancellationToken Token => _stop.Token;

        public async Task<T> CallAsync<T>(string operation, Func<CancellationToken, Task<T>> call)
        {
            await _slots.WaitAsync(_stop.Token);
            try
            {
                return await call(_stop.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new FleetReadException(operation, ex);
            }
            finally
            {
                _slots.Release();
            }
        }

        public async Task<T[]> WhenAllAsync<T>(IEnumerable<Task<T>> parts)
        {
            var tasks = parts.Select(Observe).ToArray();
            try
            {
                return await Task.WhenAll(tasks);
            }
            catch when (!cancellationToken.IsCancellationRequested)
            {
                var failure = tasks.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!).FirstOrDefault(e => e is not OperationCanceledException);
                if (failure is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
                }
                throw;
            }
        }

        public void Dispose()
        {
            _stop.Dispose();
            _slots.Dispose();
        }

        private async Task<T> Observe<T>(Task<T> part)
        {
            try
            {
                return await part;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _stop.Cancel();
                throw;
            }
        }
    }
}
