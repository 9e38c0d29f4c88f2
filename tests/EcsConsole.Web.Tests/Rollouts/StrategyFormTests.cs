using EcsConsole.Core.Rollouts;
using EcsConsole.Web.Model.Rollouts;

namespace EcsConsole.Web.Tests.Rollouts;

public sealed class StrategyFormTests
{
    private static readonly DeploymentStrategySettings Canary = new()
    {
        Strategy = DeploymentStrategyKind.Canary,
        BakeTimeInMinutes = 5,
        Canary = new CanarySettings(10, 2),
        CircuitBreaker = new CircuitBreakerSettings(true, true),
        Alarms = new AlarmSettings(true, false, ["users-5xx", "users-latency"]),
        LifecycleHooks = [new LifecycleHookSettings(LifecycleHookKind.Pause, ["POST_TEST_TRAFFIC_SHIFT"], TimeoutInMinutes: 60, TimeoutAction: "ROLLBACK")],
        Routing = [new TrafficRouting("arn:tg/users-blue", "users", 8080, "arn:tg/users-green", "arn:rule/prod", "arn:rule/test", "arn:role/ecs-infra")],
    };

    [Fact]
    public void ToSettings_UnchangedForm_GivesBackTheSameSettings()
    {
        var settings = StrategyForm.From(Canary).ToSettings();

        Assert.Equal(DeploymentStrategyKind.Canary, settings.Strategy);
        Assert.Equal(5, settings.BakeTimeInMinutes);
        Assert.Equal(new CanarySettings(10, 2), settings.Canary);
        Assert.Equal(["users-5xx", "users-latency"], settings.Alarms!.AlarmNames);
        Assert.Equal(Canary.Routing, settings.Routing);
        var hook = Assert.Single(settings.LifecycleHooks);
        Assert.Equal(LifecycleHookKind.Pause, hook.Kind);
        Assert.Equal(["POST_TEST_TRAFFIC_SHIFT"], hook.Stages);
        Assert.Equal(60, hook.TimeoutInMinutes);
    }

    [Fact]
    public void ToSettings_SwitchedToRolling_DropsBakeCanaryAndHooks()
    {
        var form = StrategyForm.From(Canary);

        form.Strategy = DeploymentStrategyKind.Rolling;
        var settings = form.ToSettings();

        Assert.Null(settings.BakeTimeInMinutes);
        Assert.Null(settings.Canary);
        Assert.Null(settings.Linear);
        Assert.Empty(settings.LifecycleHooks);
    }

    [Fact]
    public void ToSettings_PauseHookWithLeftoverLambdaArn_SendsNoTarget()
    {
        var form = StrategyForm.From(Canary);
        form.Hooks[0].TargetArn = "arn:aws:lambda:eu-west-1:1:function:check";

        var hook = Assert.Single(form.ToSettings().LifecycleHooks);

        Assert.Null(hook.TargetArn);
        Assert.Null(hook.RoleArn);
    }

    [Fact]
    public void ToSettings_StagesTickedOutOfOrder_AreSentInLifecycleOrder()
    {
        var form = new StrategyForm { Strategy = DeploymentStrategyKind.BlueGreen };
        var hook = form.AddPauseHook();
        hook.Stages.Add("PRE_SCALE_UP");

        Assert.Equal(["PRE_SCALE_UP", "POST_TEST_TRAFFIC_SHIFT"], Assert.Single(form.ToSettings().LifecycleHooks).Stages);
    }

    [Fact]
    public void ToSettings_BreakerOffButRollbackTicked_DoesNotAskForRollback()
    {
        var form = new StrategyForm { CircuitBreakerEnabled = false, CircuitBreakerRollback = true };

        Assert.Equal(new CircuitBreakerSettings(false, false), form.ToSettings().CircuitBreaker);
    }

    [Fact]
    public void ToSettings_LinearChosen_SendsStepsAndNoCanary()
    {
        var form = StrategyForm.From(Canary);

        form.Strategy = DeploymentStrategyKind.Linear;
        form.StepPercent = 25;
        form.StepBakeTimeInMinutes = 1;
        var settings = form.ToSettings();

        Assert.Equal(new LinearSettings(25, 1), settings.Linear);
        Assert.Null(settings.Canary);
    }
}
