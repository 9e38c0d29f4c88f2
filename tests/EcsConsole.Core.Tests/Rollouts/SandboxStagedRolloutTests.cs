using EcsConsole.Aws.ElasticLoadBalancing;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Rollouts;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Rollouts;

/// <summary>Canary, linear and blue/green rollouts of the blue/green-ready <c>users</c> service on the sandbox.</summary>
public sealed class SandboxStagedRolloutTests : IAsyncLifetime
{
    private RolloutSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await RolloutSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private async Task<DeploymentStrategySettings> SwitchStagingUsersAsync(Func<DeploymentStrategySettings, DeploymentStrategySettings> change)
    {
        var rollouts = _sandbox.Rollouts();
        var current = await rollouts.GetStrategyAsync("staging", "users");
        var settings = change(current.Settings);
        await rollouts.UpdateStrategyAsync("staging", "users", settings, "try a staged strategy", null);
        foreach (var running in await _sandbox.Watcher.FindInProgressAsync("staging", "users"))
        {
            await _sandbox.RunToEndAsync(running);
        }
        return settings;
    }

    private async Task<RolloutStarted> DeployNewUsersImageAsync(string tag)
    {
        _sandbox.Sandbox.Engine.Ecr.PushImage("users", tag);
        var rollouts = _sandbox.Rollouts();
        var image = await _sandbox.ImageAsync("staging", "users", tag);
        var plan = await rollouts.PlanImageRolloutAsync("staging", "users", new Dictionary<string, string> { ["users"] = image });
        return await rollouts.StartAsync(plan, $"ship {tag}", null);
    }

    [Fact]
    public async Task GetStrategyAsync_BlueGreenReadyService_ReadsItsRouting()
    {
        var strategy = await _sandbox.Rollouts().GetStrategyAsync("staging", "users");

        Assert.Equal("ECS", strategy.DeploymentController);
        var route = Assert.Single(strategy.Settings.Routing);
        Assert.NotNull(route.AlternateTargetGroupArn);
        Assert.NotNull(route.ProductionListenerRule);
        Assert.NotNull(route.TestListenerRule);
    }

    [Fact]
    public async Task ApproveHookAsync_CanaryWaitingAtPauseHook_CompletesTheDeployment()
    {
        await SwitchStagingUsersAsync(s => s with
        {
            Strategy = DeploymentStrategyKind.Canary,
            BakeTimeInMinutes = 2,
            Canary = new CanarySettings(10, 2),
            LifecycleHooks = [new LifecycleHookSettings(LifecycleHookKind.Pause, ["POST_TEST_TRAFFIC_SHIFT"])],
        });
        var started = await DeployNewUsersImageAsync("1.5.0");

        var waiting = await _sandbox.RunUntilAsync(started.ServiceDeploymentArn!, p => p.PendingHook is not null);
        Assert.Equal(DeploymentStrategyKind.Canary, waiting.Strategy);
        Assert.Equal("PAUSE", waiting.PendingHook!.TargetType);
        Assert.Equal(StepState.Current, waiting.Stages.Single(s => s.Stage == waiting.LifecycleStage).State);
        _sandbox.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.NotNull((await _sandbox.ReadAsync(started.ServiceDeploymentArn!)).PendingHook);

        await _sandbox.Rollouts().ApproveHookAsync(started.ServiceDeploymentArn!, null, "canary looks fine");
        var seen = new List<DeploymentProgress>();
        var end = await _sandbox.RunToEndAsync(started.ServiceDeploymentArn!, seen: seen.Add);

        Assert.Equal(DeploymentOutcome.Succeeded, end.Outcome);
        Assert.Contains(seen, p => p.ProductionTrafficWeight is > 0 and < 100);
        Assert.Contains(seen, p => p.LifecycleStage == "BAKE_TIME");
        var audit = await _sandbox.Services.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Operation = "Deployment.Approve" }, CancellationToken.None);
        Assert.Equal(("alice", "canary looks fine", AuditOutcome.Succeeded), (audit.Entries[0].Actor, audit.Entries[0].Note, audit.Entries[0].Outcome));
    }

    [Fact]
    public async Task Watch_LinearRollout_MonitorShowsProductionTrafficRisingInSteps()
    {
        var settings = await SwitchStagingUsersAsync(s => s with
        {
            Strategy = DeploymentStrategyKind.Linear,
            BakeTimeInMinutes = 1,
            Linear = new LinearSettings(25, 1),
            LifecycleHooks = [],
        });
        var started = await DeployNewUsersImageAsync("1.5.3");
        await using var watcher = _sandbox.FakeClockWatcher();
        await using var lease = watcher.Watch("staging", "users", started.ServiceDeploymentArn!);
        var monitor = (DeploymentMonitor)lease.Monitor;
        var weights = new List<double>();
        void Collect(DeploymentProgress p)
        {
            if (p.ProductionTrafficWeight is { } weight && (weights.Count == 0 || weights[^1] != weight))
            {
                weights.Add(weight);
            }
        }

        var shifting = await _sandbox.AdvanceUntilAsync(monitor, p => p.ProductionTrafficWeight is > 0 and < 100, Collect);
        // The clock stands still between polls, so the listener rule still holds what the monitor read from it.
        var route = Assert.Single(settings.Routing);
        var green = await _sandbox.Services.GetRequiredService<DeploymentSideReader>()
            .WeightAsync(route.ProductionListenerRule!, route.AlternateTargetGroupArn!, CancellationToken.None);
        Assert.Equal(green, shifting.ProductionTrafficWeight);
        var end = await _sandbox.AdvanceUntilAsync(monitor, p => !p.IsInProgress, Collect);

        Assert.Equal(DeploymentOutcome.Succeeded, end.Outcome);
        Assert.Equal(DeploymentStrategyKind.Linear, end.Strategy);
        Assert.True(weights.Count >= 3, $"weights seen: {string.Join(", ", weights)}");
        Assert.Equal(weights.Order(), weights);
    }

    [Fact]
    public async Task RejectHookAsync_WaitingPauseHook_RollsBack()
    {
        await SwitchStagingUsersAsync(s => s with
        {
            Strategy = DeploymentStrategyKind.BlueGreen,
            BakeTimeInMinutes = 2,
            LifecycleHooks = [new LifecycleHookSettings(LifecycleHookKind.Pause, ["POST_TEST_TRAFFIC_SHIFT"])],
        });
        var started = await DeployNewUsersImageAsync("1.5.1");
        await _sandbox.RunUntilAsync(started.ServiceDeploymentArn!, p => p.PendingHook is not null);

        await _sandbox.Rollouts().RejectHookAsync(started.ServiceDeploymentArn!, null, "test traffic errors");
        var end = await _sandbox.RunToEndAsync(started.ServiceDeploymentArn!);

        Assert.Equal(DeploymentOutcome.RolledBack, end.Outcome);
    }

    [Fact]
    public async Task StopAsync_BlueGreenRollback_ReturnsProductionTrafficToBlue()
    {
        var settings = await SwitchStagingUsersAsync(s => s with { Strategy = DeploymentStrategyKind.BlueGreen, BakeTimeInMinutes = 10, LifecycleHooks = [] });
        var started = await DeployNewUsersImageAsync("1.5.2");
        var baking = await _sandbox.RunUntilAsync(started.ServiceDeploymentArn!, p => p.LifecycleStage == "BAKE_TIME");
        Assert.Equal(100, baking.ProductionTrafficWeight);

        await _sandbox.Rollouts().StopAsync(started.ServiceDeploymentArn!, StopKind.Rollback, "green is slow");
        var end = await _sandbox.RunToEndAsync(started.ServiceDeploymentArn!);

        Assert.Equal(DeploymentOutcome.RolledBack, end.Outcome);
        var route = Assert.Single(settings.Routing);
        var elbv2 = _sandbox.Services.GetRequiredService<IElbv2Client>();
        var watcherSide = _sandbox.Services.GetRequiredService<DeploymentSideReader>();
        var production = await elbv2.DescribeRulesAsync(new DescribeRulesRequest { RuleArns = [route.ProductionListenerRule!] }).FirstAsync();
        var forwarded = production.Actions!.Single(a => a.Type == "forward").ForwardConfig!.TargetGroups!;
        var blueWeight = await watcherSide.WeightAsync(route.ProductionListenerRule!, route.TargetGroupArn, CancellationToken.None);
        Assert.True(blueWeight == 100, $"production rule forwards {string.Join(", ", forwarded.Select(t => $"{t.TargetGroupArn}={t.Weight}"))}");
    }

    [Fact]
    public async Task UpdateStrategyAsync_InvalidLinearStep_IsRefusedBeforeAnythingIsSent()
    {
        var rollouts = _sandbox.Rollouts();
        var current = await rollouts.GetStrategyAsync("staging", "users");

        var error = await Assert.ThrowsAsync<RolloutValidationException>(() => rollouts.UpdateStrategyAsync(
            "staging", "users", current.Settings with { Strategy = DeploymentStrategyKind.Linear, Linear = new LinearSettings(1, 2) }, "too small", null));

        Assert.Contains("Linear step must be a multiple of 0.1 from 3 to 100 percent (it is 1).", error.Problems);
        Assert.Equal(current, await rollouts.GetStrategyAsync("staging", "users"));
    }
}
