using System.Collections.Immutable;
using EcsConsole.Aws.Budget;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Tests.Support;

namespace EcsConsole.Core.Tests.Fleet;

public sealed class FleetPollIntervalTests
{
    private static readonly TimeSpan Configured = TimeSpan.FromSeconds(5);

    [Fact]
    public void CallsPerRefresh_TenClustersOfTwoHundred_CountsEachBucketAtTheApiLimits()
    {
        var calls = FleetPollInterval.CallsPerRefresh(Fleet(clusters: 10, services: 200));

        Assert.Equal(2, calls[AwsThrottleCategories.EcsClusterRead]);
        Assert.Equal(10 * (2 + 20), calls[AwsThrottleCategories.EcsServiceRead]);
    }

    [Fact]
    public void For_TenClustersOfTwoHundredUnderTheDefaultBudget_WaitsForHalfTheServiceReadRate()
    {
        using var budget = new AwsRateBudget(new AwsRateBudgetOptions(), TimeProvider.System);

        // 220 service reads at half of the budget's 10 per second.
        Assert.Equal(TimeSpan.FromSeconds(44), FleetPollInterval.For(Fleet(clusters: 10, services: 200), budget, Configured));
    }

    [Fact]
    public void For_TenThousandServices_StaysInsideTheBudget()
    {
        using var budget = new AwsRateBudget(new AwsRateBudgetOptions(), TimeProvider.System);
        var fleet = Fleet(clusters: 10, services: 1000);

        var interval = FleetPollInterval.For(fleet, budget, Configured);

        var serviceReads = FleetPollInterval.CallsPerRefresh(fleet)[AwsThrottleCategories.EcsServiceRead];
        Assert.True(serviceReads / interval.TotalSeconds <= budget.LimitFor(AwsThrottleCategories.EcsServiceRead).Rate * FleetPollInterval.Headroom);
    }

    [Fact]
    public void For_SmallFleet_KeepsTheConfiguredInterval()
    {
        using var budget = new AwsRateBudget(new AwsRateBudgetOptions(), TimeProvider.System);

        Assert.Equal(Configured, FleetPollInterval.For(Fleet(clusters: 2, services: 5), budget, Configured));
    }

    [Fact]
    public void For_BudgetSwitchedOff_KeepsTheConfiguredInterval()
    {
        using var budget = new AwsRateBudget(new AwsRateBudgetOptions { Enabled = false }, TimeProvider.System);

        Assert.Equal(Configured, FleetPollInterval.For(Fleet(clusters: 10, services: 200), budget, Configured));
    }

    private static FleetSnapshot Fleet(int clusters, int services)
    {
        var ecs = new FakeEcsClient();
        var byCluster = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ServiceSummary>>();
        var summaries = ImmutableArray.CreateBuilder<ClusterSummary>();
        for (var c = 0; c < clusters; c++)
        {
            summaries.Add(ecs.AddCluster($"c{c}").ToSummary());
            byCluster[$"c{c}"] = [.. Enumerable.Range(0, services).Select(i => ecs.AddService($"c{c}", $"s{i}").ToSummary($"c{c}"))];
        }
        return new FleetSnapshot(summaries.ToImmutable(), byCluster.ToImmutable());
    }
}
