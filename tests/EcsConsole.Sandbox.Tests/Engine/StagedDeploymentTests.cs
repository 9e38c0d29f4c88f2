using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class StagedDeploymentTests : IDisposable
{
    private readonly StagedDeploymentFixture users = new();

    [Fact]
    public void BlueGreen_NewRevision_ScalesUpShiftsAllTrafficBakesThenCleansUp()
    {
        var blueTasks = users.AliveTaskIds();
        var blueGroup = users.Sandbox.Read(s => users.Users(s).ProductionTargetGroupArn);
        users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 2));

        var stages = users.RunUntil(users.Finished, users.Stage);

        Assert.Equal(["PRE_SCALE_UP", "SCALE_UP", "BAKE_TIME", "CLEAN_UP"], stages);
        Assert.Equal("SUCCESSFUL", users.Latest().DeploymentStatus);
        Assert.Empty(users.AliveTaskIds().Intersect(blueTasks));
        Assert.Equal(2, users.AliveTaskIds().Count);
        var (production, alternate) = users.Sandbox.Read(s => (users.Users(s).ProductionTargetGroupArn, users.Users(s).AdvancedConfiguration!.AlternateTargetGroupArn));
        Assert.NotEqual(blueGroup, production);
        Assert.Equal(alternate, production);
        Assert.All(users.Sandbox.Read(s => users.Sandbox.Cluster(s, "staging").Tasks.Where(t => t.ServiceName == "users" && t.IsAlive).ToList()), t => Assert.Equal(alternate, t.TargetGroupArn));
    }

    [Fact]
    public void BlueGreen_BakeTime_BlueKeepsRunningWhileGreenTakesAllTraffic()
    {
        var blueTasks = users.AliveTaskIds();
        users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 5));

        users.RunUntil(() => users.Stage() == "BAKE_TIME");

        Assert.Equal(100, users.GreenWeight());
        Assert.Equal(100, users.GreenWeight(test: true));
        Assert.Equal(blueTasks, users.AliveTaskIds().Intersect(blueTasks).Order().ToList());
        Assert.Equal(4, users.AliveTaskIds().Count);
        Assert.Contains(users.Events(), e => e.Contains("shifted 100% of production traffic", StringComparison.Ordinal));
    }

    [Fact]
    public void BlueGreen_SecondDeployment_GoesBackToTheFirstTargetGroup()
    {
        var first = users.Sandbox.Read(s => users.Users(s).ProductionTargetGroupArn);
        users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 0));
        users.RunUntil(users.Finished);

        users.Deploy(c => c);
        users.RunUntil(users.Finished);

        Assert.Equal("SUCCESSFUL", users.Latest().DeploymentStatus);
        Assert.Equal(first, users.Sandbox.Read(s => users.Users(s).ProductionTargetGroupArn));
    }

    [Fact]
    public void UpdateService_BackToRollingAfterBlueGreen_KeepsServingFromTheGreenTargetGroup()
    {
        users.Deploy(c => StagedDeploymentFixture.BlueGreen(c, bake: 0));
        users.RunUntil(users.Finished);
        var (blue, green) = users.Sandbox.Read(s => (users.Users(s).TargetGroupArn!, users.Users(s).AdvancedConfiguration!.AlternateTargetGroupArn));

        users.Sandbox.Engine.Ecs.UpdateService(new ServiceUpdate("staging", "users", Configuration: c => c with { Strategy = DeploymentStrategies.Rolling, BakeTimeInMinutes = null }, LoadBalancer: new LoadBalancerUpdate(blue, null)));
        users.Deploy(c => c);
        users.RunUntil(users.Finished);

        var forward = users.Sandbox.Read(s => EcsConsole.Sandbox.Engine.LoadBalancing.LoadBalancerCatalog.Forward(users.Users(s), test: false));
        Assert.Equal([new KeyValuePair<string, int>(green, 1)], forward);
        Assert.Null(users.Latest().Staged);
        Assert.All(users.Sandbox.Read(s => users.Sandbox.Cluster(s, "staging").Tasks.Where(t => t.ServiceName == "users" && t.IsAlive).ToList()), t => Assert.Equal(green, t.TargetGroupArn));
    }

    [Fact]
    public void Canary_NewRevision_CanaryPercentFirstThenAll()
    {
        users.Deploy(c => StagedDeploymentFixture.Canary(c, percent: 10, canaryBake: 3));

        var weights = users.RunUntil(users.Finished, () => users.Latest().Staged!.ProductionTrafficPercent);

        Assert.Equal([0.0, 10.0, 100.0], weights);
        Assert.Equal("SUCCESSFUL", users.Latest().DeploymentStatus);
    }

    [Fact]
    public void Canary_CanaryBake_ListenerRuleSplitsTraffic()
    {
        users.Deploy(c => StagedDeploymentFixture.Canary(c, percent: 10, canaryBake: 3));

        users.RunUntil(() => users.Latest().Staged!.ProductionTrafficPercent > 0);

        Assert.Equal(10, users.GreenWeight());
        Assert.Equal("PRODUCTION_TRAFFIC_SHIFT", users.Stage());
        users.Sandbox.Advance(179);
        Assert.Equal(10, users.GreenWeight());
        users.Sandbox.Advance(2);
        Assert.Equal(100, users.GreenWeight());
    }

    [Fact]
    public void Linear_NewRevision_ShiftsInEqualSteps()
    {
        users.Deploy(c => c with { Strategy = DeploymentStrategies.Linear, BakeTimeInMinutes = 0, Linear = new LinearConfigurationState(25, 1) });

        var weights = users.RunUntil(users.Finished, () => users.Latest().Staged!.ProductionTrafficPercent);

        Assert.Equal([0.0, 25.0, 50.0, 75.0, 100.0], weights);
    }

    [Fact]
    public void Linear_PauseBeforeProductionShift_WaitsBeforeEveryStep()
    {
        users.Deploy(c => c with
        {
            Strategy = DeploymentStrategies.Linear,
            BakeTimeInMinutes = 0,
            Linear = new LinearConfigurationState(50, 1),
            LifecycleHooks = [StagedDeploymentFixture.Pause("PRE_PRODUCTION_TRAFFIC_SHIFT")],
        });

        for (var step = 0; step < 2; step++)
        {
            users.RunUntil(() => users.AwaitingHook() is not null);
            users.Sandbox.Advance(600);
            Assert.Equal(step * 50, users.GreenWeight());
            users.Sandbox.Engine.Ecs.ContinueServiceDeployment(users.Latest().ServiceDeploymentArn, users.AwaitingHook()!.HookId);
        }

        users.RunUntil(users.Finished);
        Assert.Equal("SUCCESSFUL", users.Latest().DeploymentStatus);
        Assert.Equal(2, users.Latest().Staged!.HookRuns.Count(r => r.Status == "SUCCEEDED"));
    }

    public void Dispose() => users.Dispose();
}
