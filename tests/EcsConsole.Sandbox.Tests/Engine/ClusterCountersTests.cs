namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class ClusterCountersTests : IDisposable
{
    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void Seed_ProdCluster_CountsDerivedFromItsState()
    {
        var (running, pending, services, instances) = _sandbox.Read(s => _sandbox.Cluster(s, "prod") is var c
            ? (c.RunningTasksCount, c.PendingTasksCount, c.ActiveServicesCount, c.RegisteredContainerInstancesCount)
            : default);

        Assert.Equal(3 + 2 + 4 + 2, running);
        Assert.Equal(0, pending);
        Assert.Equal(4, services);
        Assert.Equal(3, instances);
    }

    [Fact]
    public void Seed_StagingCluster_RunsOnFargateWithoutInstances()
    {
        var cluster = _sandbox.Read(s => _sandbox.Cluster(s, "staging"));

        Assert.Equal(2 + 1 + 2 + 1, cluster.RunningTasksCount);
        Assert.Equal(0, cluster.RegisteredContainerInstancesCount);
        Assert.All(cluster.Tasks, t => Assert.Equal("FARGATE", t.LaunchType));
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], cluster.CapacityProviders);
    }

    [Fact]
    public void UpdateService_WhileNewTasksStart_CountsThemAsPending()
    {
        _sandbox.Engine.Ecs.UpdateService("prod", "users", "users:5");
        _sandbox.Advance(1);

        var (running, pending) = _sandbox.Read(s => _sandbox.Cluster(s, "prod") is var c ? (c.RunningTasksCount, c.PendingTasksCount) : default);
        Assert.Equal(11, running);
        Assert.Equal(3, pending);
    }

    [Fact]
    public void Seed_Ec2Tasks_UseContainerInstanceResources()
    {
        var remaining = _sandbox.Read(s => _sandbox.Cluster(s, "prod") is var c ? c.ContainerInstances.Sum(c.RemainingCpu) : 0);

        Assert.Equal((3 * 8192) - ((3 * 512) + (2 * 256) + (4 * 1024) + (2 * 256)), remaining);
    }

    public void Dispose() => _sandbox.Dispose();
}
