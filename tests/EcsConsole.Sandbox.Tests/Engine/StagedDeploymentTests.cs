using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class StagedDeploymentTests : IDisposable
{
    private readonly StagedDeploymentFixture _users = new();

    [Fact]
    public void BlueGreen_NewRevision_ScalesUpShiftsAllTrafficBakesThenCleansUp()
    {
        var blueTasks = _users.AliveTaskIds();
        var blueGroup = _users.Sandbox.Read(s => _users.Users(s).ProductionTargetGroupArn);
        _users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 2));

        var stages = _users.RunUntil(_users.Finished, _users.Stage);

        Assert.Equal(["PRE_SCALE_UP", "SCALE_UP", "BAKE_TIME", "CLEAN_UP"], stages);
        Assert.Equal("SUCCESSFUL", _users.Latest().DeploymentStatus);
        Assert.Empty(_users.AliveTaskIds().Intersect(blueTasks));
        Assert.Equal(2, _users.AliveTaskIds().Count);
        var (production, alternate) = _users.Sandbox.Read(s => (_users.Users(s).ProductionTargetGroupArn, _users.Users(s).AdvancedConfiguration!.AlternateTargetGroupArn));
        Assert.NotEqual(blueGroup, production);
        Assert.Equal(alternate, production);
        Assert.All(_users.Sandbox.Read(s => _users.Sandbox.Cluster(s, "staging").Tasks.Where(t => t.ServiceName == "users" && t.IsAlive).ToList()), t => Assert.Equal(alternate, t.TargetGroupArn));
    }

    [Fact]
    public void BlueGreen_BakeTime_BlueKeepsRunningWhileGreenTakesAllTraffic()
    {
        var blueTasks = _users.AliveTaskIds();
        _users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 5));

        _users.RunUntil(() => _users.Stage() == "BAKE_TIME");

        Assert.Equal(100, _users.GreenWeight());
        Assert.Equal(100, _users.GreenWeight(test: true));
        Assert.Equal(blueTasks, _users.AliveTaskIds().Intersect(blueTasks).Order().ToList());
        Assert.Equal(4, _users.AliveTaskIds().Count);
        Assert.Contains(_users.Events(), e => e.Contains("shifted 100% of production traffic", StringComparison.Ordinal));
    }

    [Fact]
    public void BlueGreen_SecondDeployment_GoesBackToTheFirstTargetGroup()
    {
        var first = _users.Sandbox.Read(s => _users.Users(s).ProductionTargetGroupArn);
        _users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 0));
        _users.RunUntil(_users.Finished);

        _users.Deploy(c => c);
        _users.RunUntil(_users.Finished);

        Assert.Equal("SUCCESSFUL", _users.Latest().DeploymentStatus);
        Assert.Equal(first, _users.Sandbox.Read(s => _users.Users(s).ProductionTargetGroupArn));
    }

    [Fact]
    public void UpdateService_BackToRollingAfterBlueGreen_KeepsServingFromTheGreenTargetGroup()
    {
        _users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 0));
        _users.RunUntil(_users.Finished);
        var (blue, green) = _users.Sandbox.Read(s => (_users.Users(s).TargetGroupArn!, _users.Users(s).AdvancedConfiguration!.AlternateTargetGroupArn));

        _users.Sandbox.Engine.Ecs.UpdateService(new ServiceUpdate("staging", "users", Configuration: c => c with { Strategy = DeploymentStrategies.Rolling, BakeTimeInMinutes = null }, LoadBalancer: new LoadBalancerUpdate(blue, null)));
        _users.Deploy(c => c);
        _users.RunUntil(_users.Finished);

        var forward = _users.Sandbox.Read(s => EcsConsole.Sandbox.Engine.LoadBalancing.LoadBalancerCatalog.Forward(_users.Users(s), test: false));
        Assert.Equal([new KeyValuePair<string, int>(green, 1)], forward);
        Assert.Null(_users.Latest().Staged);
        Assert.All(_users.Sandbox.Read(s => _users.Sandbox.Cluster(s, "staging").Tasks.Where(t => t.ServiceName == "users" && t.IsAlive).ToList()), t => Assert.Equal(green, t.TargetGroupArn));
    }

    [Fact]
    public void Canary_NewRevision_CanaryPercentFirstThenAll()
    {
        _users.Deploy(c => StagedDeploymentFixture.Canary(c, percent: 10, canaryBake: 3));

        var weights = _users.RunUntil(_users.Finished, () => _users.Latest().Staged!.ProductionTrafficPercent);

        Assert.Equal([0.0, 10.0, 100.0], weights);
        Assert.Equal("SUCCESSFUL", _users.Latest().DeploymentStatus);
    }

    [Fact]
    public void Canary_CanaryBake_ListenerRuleSplitsTraffic()
    {
        _users.Deploy(c => StagedDeploymentFixture.Canary(c, percent: 10, canaryBake: 3));

        _users.RunUntil(() => _users.Latest().Staged!.ProductionTrafficPercent > 0);

        Assert.Equal(10, _users.GreenWeight());
        Assert.Equal("PRODUCTION_TRAFFIC_SHIFT", _users.Stage());
        _users.Sandbox.Advance(179);
        Assert.Equal(10, _users.GreenWeight());
        _users.Sandbox.Advance(2);
        Assert.Equal(100, _users.GreenWeight());
    }

    [Fact]
    public void Linear_NewRevision_ShiftsInEqualSteps()
    {
        _users.Deploy(c => c with { Strategy = DeploymentStrategies.Linear, BakeTimeInMinutes = 0, Linear = new LinearConfigurationState(25, 1) });

        var weights = _users.RunUntil(_users.Finished, () => _users.Latest().Staged!.ProductionTrafficPercent);

        Assert.Equal([0.0, 25.0, 50.0, 75.0, 100.0], weights);
    }

    [Fact]
    public void Linear_PauseBeforeProductionShift_WaitsBeforeEveryStep()
    {
        _users.Deploy(c => c with
        {
            Strategy = DeploymentStrategies.Linear,
            BakeTimeInMinutes = 0,
            Linear = new LinearConfigurationState(50, 1),
            LifecycleHooks = [StagedDeploymentFixture.Pause("PRE_PRODUCTION_TRAFFIC_SHIFT")],
        });

        for (var step = 0; step < 2; step++)
        {
            _users.RunUntil(() => _users.AwaitingHook() is not null);
            _users.Sandbox.Advance(600);
            Assert.Equal(step * 50, _users.GreenWeight());
            _users.Sandbox.Engine.Ecs.ContinueServiceDeployment(_users.Latest().ServiceDeploymentArn, _users.AwaitingHook()!.HookId);
        }

        _users.RunUntil(_users.Finished);
        Assert.Equal("SUCCESSFUL", _users.Latest().DeploymentStatus);
        Assert.Equal(2, _users.Latest().Staged!.HookRuns.Count(r => r.Status == "SUCCEEDED"));
    }

    public void Dispose() => _users.Dispose();
}
