using EcsConsole.Core.Fleet;
using EcsConsole.Core.Monitoring;
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

        Assert.Equal([10, 10, 5], _ecs.DescribeServicesBatchSizes);
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
}
