using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class ClusterCommandsTests : IDisposable
{
    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void CreateCluster_FargateProviders_RunsAServiceOnFargate()
    {
        _sandbox.Engine.Ecs.CreateCluster("qa", ["FARGATE", "FARGATE_SPOT"], [new CapacityProviderStrategyState("FARGATE", 1, 1)], new Dictionary<string, string>());
        _sandbox.Engine.Ecs.CreateService(new ServiceRegistration("qa", "blog", "blog", 1, null, [], null, ["subnet-05c4b2e8a7d610021"], [], "DISABLED",
            null, null, null, null, DeploymentConfigurationState.Default, 0, false, new Dictionary<string, string>()));

        _sandbox.Advance(60);

        var task = _sandbox.Read(s => _sandbox.Cluster(s, "qa").Tasks.Single());
        Assert.Equal(("FARGATE", "FARGATE", "RUNNING"), (task.LaunchType, task.CapacityProviderName, task.LastStatus));
    }

    [Fact]
    public void CreateCluster_ExistingName_ReturnsTheSameCluster()
    {
        var arn = _sandbox.Engine.Ecs.CreateCluster("prod", [], [], new Dictionary<string, string>());

        Assert.Equal("arn:aws:ecs:eu-west-1:000000000000:cluster/prod", arn);
        Assert.Equal(2, _sandbox.Read(s => s.Clusters.Count));
    }

    [Fact]
    public void DeleteCluster_WithServices_RefusedWithClusterContainsServices()
    {
        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.DeleteCluster("staging"));

        Assert.Equal("ClusterContainsServicesException", error.Code);
    }

    [Fact]
    public void DeleteCluster_Empty_BecomesInactiveAndUnusable()
    {
        _sandbox.Engine.Ecs.CreateCluster("scratch", [], [], new Dictionary<string, string>());

        _sandbox.Engine.Ecs.DeleteCluster("scratch");

        Assert.Equal("INACTIVE", _sandbox.Read(s => s.FindCluster("scratch")!.Status));
        Assert.Equal("ClusterNotFoundException", Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.DeleteCluster("scratch")).Code);
    }

    public void Dispose() => _sandbox.Dispose();
}
