using EcsConsole.Core.Problems;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Tests.Support;

namespace EcsConsole.Core.Tests.Fleet;

public sealed class EcsFleetReaderTests
{
    private readonly FakeEcsClient _ecs = new();

    [Fact]
    public async Task ReadAsync_TwentyFiveServices_DescribesInBatchesOfAtMostTen()
    {
        _ecs.AddCluster("prod");
        for (var i = 0; i < 25; i++)
        {
            _ecs.AddService("prod", $"svc-{i:00}");
        }

        var snapshot = await new EcsFleetReader(_ecs).ReadAsync(CancellationToken.None);

        Assert.Equal([5, 10, 10], _ecs.DescribeServicesBatchSizes.Order());
        Assert.Equal(25, snapshot.ServicesByCluster["prod"].Length);
    }

    [Fact]
    public async Task ReadAsync_HundredAndFiftyClusters_DescribesInBatchesOfAtMostHundred()
    {
        for (var i = 0; i < 150; i++)
        {
            _ecs.AddCluster($"c{i:000}");
        }

        var snapshot = await new EcsFleetReader(_ecs).ReadAsync(CancellationToken.None);

        Assert.Equal([100, 50], _ecs.DescribeClustersBatchSizes);
        Assert.Equal(150, snapshot.Clusters.Length);
    }

    [Fact]
    public async Task ReadAsync_Service_MapsToSummaryWithFamilyRevision()
    {
        _ecs.AddCluster("prod");
        _ecs.AddService("prod", "users", desired: 3, running: 2);

        var snapshot = await new EcsFleetReader(_ecs).ReadAsync(CancellationToken.None);

        var users = Assert.Single(snapshot.ServicesByCluster["prod"]);
        Assert.Equal(("prod", "users", 3, 2, "users:1", RolloutState.Steady), (users.Cluster, users.Name, users.Desired, users.Running, users.TaskDefinition, users.Rollout));
    }

    [Fact]
    public async Task ReadAsync_ListServicesDenied_ThrowsNamingOperationAndCluster()
    {
        _ecs.AddCluster("prod");
        _ecs.FailOperation = "ListServices";

        var error = await Assert.ThrowsAsync<FleetReadException>(() => new EcsFleetReader(_ecs).ReadAsync(CancellationToken.None));

        Assert.Equal("ListServices for cluster prod", error.Operation);
    }

    [Fact]
    public async Task ReadAsync_ThreeClustersOfThirtyServices_KeepsAtMostTheBoundOfCallsInFlight()
    {
        AddFleet(clusters: 3, servicesPerCluster: 30);
        _ecs.DescribeServicesGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var read = new EcsFleetReader(_ecs) { MaxConcurrentCalls = 4 }.ReadAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => _ecs.DescribeServicesInFlight == 4, "four DescribeServices in flight");
        _ecs.DescribeServicesGate.SetResult();
        var snapshot = await read;

        Assert.Equal(4, _ecs.MostDescribeServicesInFlight);
        Assert.Equal(90, snapshot.ServicesByCluster.Values.Sum(s => s.Length));
    }

    [Fact]
    public async Task ReadAsync_WithProgress_TellsTheClustersFirstThenEveryServiceOnce()
    {
        AddFleet(clusters: 3, servicesPerCluster: 25);
        var progress = new RecordingProgress();

        var snapshot = await new EcsFleetReader(_ecs).ReadAsync(progress, CancellationToken.None);

        Assert.Equal(["clusters", .. Enumerable.Repeat("services", 9)], progress.Events);
        Assert.Equal(snapshot.Clusters, progress.Clusters);
        Assert.Equal(
            snapshot.ServicesByCluster.Values.SelectMany(s => s).Select(s => s.Key).Order(),
            progress.Services.Select(s => s.Key).Order());
    }

    [Fact]
    public async Task ReadAsync_ManyClustersOneDenied_ThrowsTheDenialNotASiblingsCancellation()
    {
        AddFleet(clusters: 5, servicesPerCluster: 12);
        _ecs.FailOperation = "DescribeServices";

        var error = await Assert.ThrowsAsync<FleetReadException>(() => new EcsFleetReader(_ecs) { MaxConcurrentCalls = 2 }.ReadAsync(CancellationToken.None));

        Assert.StartsWith("DescribeServices for cluster c", error.Operation);
    }

    [Fact]
    public async Task ReadAsync_ServicesInListOrder_KeepsThatOrderAcrossConcurrentBatches()
    {
        AddFleet(clusters: 1, servicesPerCluster: 35);

        var snapshot = await new EcsFleetReader(_ecs) { MaxConcurrentCalls = 3 }.ReadAsync(CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 35).Select(i => $"svc-{i:00}"), snapshot.ServicesByCluster["c0"].Select(s => s.Name));
    }

    private void AddFleet(int clusters, int servicesPerCluster)
    {
        for (var c = 0; c < clusters; c++)
        {
            _ecs.AddCluster($"c{c}");
            for (var i = 0; i < servicesPerCluster; i++)
            {
                _ecs.AddService($"c{c}", $"svc-{i:00}");
            }
        }
    }

    private sealed class RecordingProgress : IFleetReadProgress
    {
        public ConcurrentQueue<string> Events { get; } = new();

        public ImmutableArray<ClusterSummary> Clusters { get; private set; }

        public ConcurrentBag<ServiceSummary> Services { get; } = [];

        public void ClustersRead(ImmutableArray<ClusterSummary> clusters)
        {
            Clusters = clusters;
            Events.Enqueue("clusters");
        }

        public ValueTask ServicesReadAsync(string cluster, IReadOnlyList<ServiceSummary> batch, CancellationToken cancellationToken)
        {
            Assert.All(batch, s => Assert.Equal(cluster, s.Cluster));
            foreach (var service in batch)
            {
                Services.Add(service);
            }
            Events.Enqueue("services");
            return ValueTask.CompletedTask;
        }
    }
}
