using System.Collections.Immutable;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Timeline;

namespace EcsConsole.Core.Monitoring;

/// <summary>
/// Reads the fleet through ECS: ListClusters, DescribeClusters in batches of 100, then per cluster ListServices and
/// DescribeServices in batches of 10 (the API limits).
/// </summary>
public sealed class EcsFleetReader(IEcsClient ecs) : IFleetReader
{
    internal const int ClustersPerDescribe = 100;
    internal const int ServicesPerDescribe = 10;

    // ECS answers 10 services per ListServices page unless asked for its maximum of 100: ten times the calls at scale.
    internal const int ServicesPerListPage = 100;

    public async Task<FleetSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var clusters = await ReadClustersAsync(cancellationToken).ConfigureAwait(false);
        var services = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ServiceSummary>>(StringComparer.Ordinal);
        var activity = new List<ServiceActivity>();
        foreach (var cluster in clusters)
        {
            services[cluster.Name] = await ReadServicesAsync(cluster, activity, cancellationToken).ConfigureAwait(false);
        }
        return new FleetSnapshot(clusters, services.ToImmutable(), activity);
    }

    private async Task<ImmutableArray<ClusterSummary>> ReadClustersAsync(CancellationToken cancellationToken)
    {
        var arns = await CallAsync("ListClusters", () => ToListAsync(ecs.ListClustersAsync(cancellationToken))).ConfigureAwait(false);
        var clusters = ImmutableArray.CreateBuilder<ClusterSummary>();
        foreach (var batch in arns.Chunk(ClustersPerDescribe))
        {
            var response = await CallAsync(
                "DescribeClusters",
                () => ecs.DescribeClustersAsync(new DescribeClustersRequest { Clusters = batch }, cancellationToken)).ConfigureAwait(false);
            // Failures here name clusters deleted between List and Describe; the next poll no longer lists them.
            clusters.AddRange((response.Clusters ?? []).Select(c => c.ToSummary()));
        }
        return clusters.ToImmutable();
    }

    private async Task<ImmutableArray<ServiceSummary>> ReadServicesAsync(
        ClusterSummary cluster,
        List<ServiceActivity> activity,
        CancellationToken cancellationToken)
    {
        var arns = await CallAsync(
            $"ListServices for cluster {cluster.Name}",
            () => ToListAsync(ecs.ListServicesAsync(new ListServicesRequest { Cluster = cluster.Arn, MaxResults = ServicesPerListPage }, cancellationToken))).ConfigureAwait(false);
        var services = ImmutableArray.CreateBuilder<ServiceSummary>();
        foreach (var batch in arns.Chunk(ServicesPerDescribe))
        {
            var response = await CallAsync(
                $"DescribeServices for cluster {cluster.Name}",
                () => ecs.DescribeServicesAsync(
                    new DescribeServicesRequest { Cluster = cluster.Arn, Services = batch },
                    cancellationToken)).ConfigureAwait(false);
            // As above: a MISSING failure is a service deleted mid-poll, not an error worth alarming anyone.
            services.AddRange((response.Services ?? []).Select(s => s.ToSummary(cluster.Name)));
            activity.AddRange((response.Services ?? []).Select(s => s.ToActivity(cluster.Name)));
        }
        return services.ToImmutable();
    }

    private static async Task<T> CallAsync<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new FleetReadException(operation, ex);
        }
    }

    private static async Task<List<string>> ToListAsync(IAsyncEnumerable<string> items)
    {
        var list = new List<string>();
        await foreach (var item in items.ConfigureAwait(false))
        {
            list.Add(item);
        }
        return list;
    }
}
