using EcsConsole.Core.Rollouts;

namespace EcsConsole.Core.Tests.Rollouts;

public sealed class StrategySettingsValidatorTests
{
    private static readonly TrafficRouting Route = new(
        "arn:tg/blue", "users", 8080, "arn:tg/green", "arn:rule/prod", "arn:rule/test", "arn:aws:iam::000000000000:role/ecs-infra");

    private static readonly DeploymentStrategySettings Rolling = new()
    {
        Strategy = DeploymentStrategyKind.Rolling,
        MinimumHealthyPercent = 100,
        MaximumPercent = 200,
        CircuitBreaker = new CircuitBreakerSettings(true, true, CircuitBreakerThresholdKind.Count, 3),
        Alarms = new AlarmSettings(true, true, ["users-5xx"]),
    };

    private static readonly DeploymentStrategySettings Canary = new()
    {
        Strategy = DeploymentStrategyKind.Canary,
        BakeTimeInMinutes = 10,
        Canary = new CanarySettings(10, 5),
        LifecycleHooks = [new LifecycleHookSettings(LifecycleHookKind.Pause, ["POST_TEST_TRAFFIC_SHIFT"], TimeoutInMinutes: 60, TimeoutAction: "ROLLBACK")],
        Routing = [Route],
    };

    [Fact]
    public void Validate_SoundRolling_HasNoProblems()
    {
        Assert.Empty(StrategySettingsValidator.Validate(Rolling, serviceHasLoadBalancers: true));
    }

    [Fact]
    public void Validate_SoundCanaryWithPauseHook_HasNoProblems()
    {
        Assert.Empty(StrategySettingsValidator.Validate(Canary, serviceHasLoadBalancers: true));
    }

    [Theory]
    [InlineData(-1, 200, "Minimum healthy percent must be between 0 and 100 (it is -1).")]
    [InlineData(101, 200, "Minimum healthy percent must be between 0 and 100 (it is 101).")]
    [InlineData(50, 99, "Maximum percent must be between 100 and 200 (it is 99).")]
    [InlineData(50, 201, "Maximum percent must be between 100 and 200 (it is 201).")]
    public void Validate_PercentOutOfRange_SaysWhichAndWhy(int minimum, int maximum, string expected)
    {
        var problems = StrategySettingsValidator.Validate(Rolling with { MinimumHealthyPercent = minimum, MaximumPercent = maximum });

        Assert.Contains(expected, problems);
    }

    [Fact]
    public void Validate_RollingWithNoRoomToMove_IsRefused()
    {
        var problems = StrategySettingsValidator.Validate(Rolling with { MinimumHealthyPercent = 100, MaximumPercent = 100 });

        Assert.Contains(problems, p => p.Contains("can neither start a new task nor stop an old one", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CircuitBreakerThresholdZero_IsRefused()
    {
        var problems = StrategySettingsValidator.Validate(Rolling with { CircuitBreaker = new CircuitBreakerSettings(true, true, CircuitBreakerThresholdKind.Count, 0) });

        Assert.Contains("The circuit breaker threshold must be at least 1 (it is 0).", problems);
    }

    [Fact]
    public void Validate_CircuitBreakerOnCanary_IsAccepted()
    {
        Assert.Empty(StrategySettingsValidator.Validate(Canary with { CircuitBreaker = new CircuitBreakerSettings(true, true) }, true));
    }

    [Fact]
    public void Validate_AlarmsOnWithoutNames_IsRefused()
    {
        var problems = StrategySettingsValidator.Validate(Rolling with { Alarms = new AlarmSettings(true, false, []) });

        Assert.Contains(problems, p => p.StartsWith("Alarm monitoring is on but no alarm is named", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2.9, "Linear step must be a multiple of 0.1 from 3 to 100 percent (it is 2.9).")]
    [InlineData(12.55, "Linear step must be a multiple of 0.1 from 3 to 100 percent (it is 12.55).")]
    [InlineData(100.1, "Linear step must be a multiple of 0.1 from 3 to 100 percent (it is 100.1).")]
    public void Validate_LinearStepOffTheModelsGrid_IsRefused(double step, string expected)
    {
        var settings = Canary with { Strategy = DeploymentStrategyKind.Linear, Canary = null, Linear = new LinearSettings(step, 2) };

        Assert.Contains(expected, StrategySettingsValidator.Validate(settings, true));
    }

    [Fact]
    public void Validate_CanaryPercentOnTheGrid_IsAccepted()
    {
        Assert.Empty(StrategySettingsValidator.Validate(Canary with { Canary = new CanarySettings(0.3, 0) }, true));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1441)]
    public void Validate_BakeTimeOutOfRange_IsRefused(int minutes)
    {
        var problems = StrategySettingsValidator.Validate(Canary with { BakeTimeInMinutes = minutes }, true);

        Assert.Contains($"Bake time must be between 0 and 1440 minutes (it is {minutes}).", problems);
    }

    [Fact]
    public void Validate_BlueGreenWithoutRouting_AsksForAlternateTargetGroupAndRule()
    {
        var problems = StrategySettingsValidator.Validate(Canary with { Strategy = DeploymentStrategyKind.BlueGreen, Routing = [] }, serviceHasLoadBalancers: true);

        Assert.Contains(problems, p => p.Contains("alternate target group and a production listener rule", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RoutingMissingPieces_NamesEach()
    {
        var settings = Canary with { Routing = [Route with { AlternateTargetGroupArn = null, ProductionListenerRule = " ", RoleArn = null }] };

        var problems = StrategySettingsValidator.Validate(settings, true);

        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Validate_LambdaHookWithoutTargetOrRole_IsRefused()
    {
        var settings = Canary with { LifecycleHooks = [new LifecycleHookSettings(LifecycleHookKind.AwsLambda, ["PRE_SCALE_UP"])] };

        var problems = StrategySettingsValidator.Validate(settings, true);

        Assert.Contains("Hook 1 invokes a Lambda function: give its ARN.", problems);
        Assert.Contains("Hook 1 invokes a Lambda function: give the role ECS assumes to call it.", problems);
    }

    [Fact]
    public void Validate_PauseHookWithTarget_IsRefused()
    {
        var settings = Canary with { LifecycleHooks = [new LifecycleHookSettings(LifecycleHookKind.Pause, ["POST_SCALE_UP"], TargetArn: "arn:lambda")] };

        Assert.Contains("Hook 1 is a PAUSE hook: it waits for Approve and takes no target ARN.", StrategySettingsValidator.Validate(settings, true));
    }

    [Fact]
    public void Validate_HookAtUnknownStageOrBadTimeout_IsRefused()
    {
        var settings = Canary with { LifecycleHooks = [new LifecycleHookSettings(LifecycleHookKind.Pause, ["BAKE_TIME"], TimeoutInMinutes: 0, TimeoutAction: "WAIT")] };

        var problems = StrategySettingsValidator.Validate(settings, true);

        Assert.Contains(problems, p => p.StartsWith("Hook 1: 'BAKE_TIME' is not a lifecycle stage a hook can run at", StringComparison.Ordinal));
        Assert.Contains("Hook 1: the timeout must be between 1 and 20160 minutes (it is 0).", problems);
        Assert.Contains("Hook 1: the timeout action must be CONTINUE or ROLLBACK (it is WAIT).", problems);
    }

    [Fact]
    public void Validate_HooksOnRolling_AreRefused()
    {
        var problems = StrategySettingsValidator.Validate(Rolling with { LifecycleHooks = Canary.LifecycleHooks });

        Assert.Contains(problems, p => p.StartsWith("Lifecycle hooks run only with the blue/green, linear or canary strategies", StringComparison.Ordinal));
    }
}
