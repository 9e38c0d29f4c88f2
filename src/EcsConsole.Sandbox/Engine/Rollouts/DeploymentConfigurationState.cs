namespace EcsConsole.Sandbox.Engine.Rollouts;

/// <summary>
/// A service's deploymentConfiguration as ECS keeps it (member for member with the ECS model). Immutable, so every
/// service deployment can keep the configuration it started with while the service's own moves on.
/// </summary>
public sealed record DeploymentConfigurationState
{
    public static DeploymentConfigurationState Default { get; } = new();

    /// <summary>ROLLING, BLUE_GREEN, LINEAR or CANARY.</summary>
    public string Strategy { get; init; } = DeploymentStrategies.Rolling;

    public int MinimumHealthyPercent { get; init; } = 100;

    public int MaximumPercent { get; init; } = 200;

    public CircuitBreakerState CircuitBreaker { get; init; } = new(Enable: true, Rollback: true);

    public DeploymentAlarmsState? Alarms { get; init; }

    public int? BakeTimeInMinutes { get; init; }

    public IReadOnlyList<LifecycleHookState> LifecycleHooks { get; init; } = [];

    public LinearConfigurationState? Linear { get; init; }

    public CanaryConfigurationState? Canary { get; init; }

    /// <summary>True for the strategies that run a green revision next to the blue one and shift listener traffic.</summary>
    public bool ShiftsTraffic => Strategy != DeploymentStrategies.Rolling;
}

public static class DeploymentStrategies
{
    public const string Rolling = "ROLLING";
    public const string BlueGreen = "BLUE_GREEN";
    public const string Linear = "LINEAR";
    public const string Canary = "CANARY";

    public static readonly string[] All = [Rolling, BlueGreen, Linear, Canary];
}

/// <summary>deploymentCircuitBreaker, with its optional thresholdConfiguration (type COUNT, BOUNDED_PERCENT or UNBOUNDED_PERCENT).</summary>
public sealed record CircuitBreakerState(bool Enable, bool Rollback, bool? ResetOnHealthyTask = null, string? ThresholdType = null, int? ThresholdValue = null)
{
    /// <summary>
    /// The number of failed tasks that trips the breaker. By default (BOUNDED_PERCENT of 50) half the desired count, at least
    /// 3 and at most 200, as the ECS deployment circuit breaker documents.
    /// </summary>
    public int Threshold(int desiredCount) => (ThresholdType ?? "BOUNDED_PERCENT") switch
    {
        "COUNT" => Math.Max(1, ThresholdValue ?? 3),
        "UNBOUNDED_PERCENT" => Math.Max(1, (int)Math.Ceiling(desiredCount * (ThresholdValue ?? 50) / 100.0)),
        _ => Math.Clamp((int)Math.Ceiling(desiredCount * (ThresholdValue ?? 50) / 100.0), 3, 200),
    };
}

/// <summary>deploymentConfiguration.alarms: CloudWatch alarms that fail a deployment.</summary>
public sealed record DeploymentAlarmsState(IReadOnlyList<string> AlarmNames, bool Enable, bool Rollback);

/// <summary>
/// A DeploymentLifecycleHook. <see cref="TargetType"/> PAUSE waits for ContinueServiceDeployment; AWS_LAMBDA calls
/// <see cref="HookTargetArn"/> (simulated). <see cref="HookDetailsJson"/> is the free-form hookDetails document, kept verbatim.
/// </summary>
public sealed record LifecycleHookState(
    string TargetType,
    string? HookTargetArn,
    string? RoleArn,
    IReadOnlyList<string> LifecycleStages,
    int? TimeoutInMinutes = null,
    string? TimeoutAction = null,
    string? HookDetailsJson = null)
{
    public const string Pause = "PAUSE";
    public const string Lambda = "AWS_LAMBDA";

    /// <summary>ECS waits 24 hours for a hook by default, then rolls back.</summary>
    public TimeSpan Timeout => TimeSpan.FromMinutes(TimeoutInMinutes ?? 1440);

    public string EffectiveTimeoutAction => TimeoutAction ?? "ROLLBACK";
}

/// <summary>linearConfiguration: production traffic moves in steps of <see cref="StepPercent"/>.</summary>
public sealed record LinearConfigurationState(double StepPercent = 10.0, int StepBakeTimeInMinutes = 6);

/// <summary>canaryConfiguration: <see cref="CanaryPercent"/> of production traffic first, then the rest after the canary bake.</summary>
public sealed record CanaryConfigurationState(double CanaryPercent = 5.0, int CanaryBakeTimeInMinutes = 10);

/// <summary>loadBalancers[].advancedConfiguration: the second target group and the listener rules a blue/green deployment moves.</summary>
public sealed record AdvancedConfigurationState(string AlternateTargetGroupArn, string ProductionListenerRule, string? TestListenerRule, string RoleArn);
