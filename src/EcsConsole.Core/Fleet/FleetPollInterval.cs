using EcsConsole.Aws.Budget;

namespace EcsConsole.Core.Fleet;

/// <summary>
/// How often the fleet can be polled inside the AWS rate budget: for each throttle bucket a refresh draws from, its calls
/// divided by the share of the bucket's sustained rate the fleet poll may take (<see cref="Headroom"/>); the slowest
/// bucket decides, never faster than the configured interval. The rest of the budget stays for what people watch now
/// (service and task pages, deployments, deliveries), which poll on their own, faster intervals and go first.
/// </summary>
public static class FleetPollInterval
{
    /// <summary>The share of each bucket's sustained rate the fleet poll may use.</summary>
    public const double Headroom = 0.5;

    /// <summary>The calls one refresh of <paramref name="snapshot"/>'s fleet takes, per throttle bucket (the API's page and batch limits).</summary>
    public static IReadOnlyDictionary<AwsThrottleCategory, int> CallsPerRefresh(FleetSnapshot snapshot)
    {
        var clusters = snapshot.Clusters.Length;
        var clusterReads = Pages(clusters, EcsFleetReader.ClustersPerDescribe) + (clusters + EcsFleetReader.ClustersPerDescribe - 1) / EcsFleetReader.ClustersPerDescribe;
        var serviceReads = snapshot.ServicesByCluster.Values.Sum(services =>
            Pages(services.Length, EcsFleetReader.ServicesPerListPage) + (services.Length + EcsFleetReader.ServicesPerDescribe - 1) / EcsFleetReader.ServicesPerDescribe);
        return new Dictionary<AwsThrottleCategory, int>
        {
            [AwsThrottleCategories.EcsClusterRead] = clusterReads,
            [AwsThrottleCategories.EcsServiceRead] = serviceReads,
        };
    }

    /// <summary>
    /// The wait after a poll of <paramref name="snapshot"/>'s fleet: <paramref name="configured"/>, or longer when the
    /// budget needs it. Without a budget (none, or switched off) the configured interval.
    /// </summary>
    public static TimeSpan For(FleetSnapshot snapshot, AwsRateBudget? budget, TimeSpan configured)
    {
        if (budget is not { Enabled: true })
        {
            return configured;
        }
        var needed = CallsPerRefresh(snapshot)
            .Select(p => TimeSpan.FromSeconds(p.Value / (budget.LimitFor(p.Key).Rate * Headroom)))
            .DefaultIfEmpty(TimeSpan.Zero)
            .Max();
        // Whole seconds: the interval is shown to people, and a jittering fraction says nothing to them.
        var rounded = TimeSpan.FromSeconds(Math.Ceiling(needed.TotalSeconds));
        return rounded > configured ? rounded : configured;
    }

    private static int Pages(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);
}
