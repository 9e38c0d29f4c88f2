namespace EcsConsole.Core.Rollouts;

/// <summary>ECS deployment strategies (deploymentConfiguration.strategy).</summary>
public enum DeploymentStrategyKind
{
    Rolling,
    BlueGreen,
    Linear,
    Canary,
}

/// <summary>
/// A service's deployment settings as the strategy editor edits them. Rolling uses the percents; blue/green, linear and canary
/// use bake time, hooks and load balancer routing; the circuit breaker and alarms apply to all.
/// </summary>
public sealed record DeploymentStrategySettings
{
    public DeploymentStrategyKind Strategy { get; init; } = DeploymentStrategyKind.Rolling;

    /// <summary>Lower limit of healthy tasks during a deployment, percent of desired (0–100).</summary>
    public int? MinimumHealthyPercent { get; init; }

    /// <summary>Upper limit of running plus pending tasks, percent of desired (100–200 for rolling).</summary>
    public int? MaximumPercent { get; init; }

    public CircuitBreakerSettings? CircuitBreaker { get; init; }

    public AlarmSettings? Alarms { get; init; }

    /// <summary>Blue/green, linear, canary: minutes both revisions run after production traffic moved (0–1440).</summary>
    public int? BakeTimeInMinutes { get; init; }

    public LinearSettings? Linear { get; init; }

    public CanarySettings? Canary { get; init; }

    public IReadOnlyList<LifecycleHookSettings> LifecycleHooks { get; init; } = [];

    /// <summary>Blue/green, linear, canary: per load balancer, the alternate target group and the listener rules ECS shifts.</summary>
    public IReadOnlyList<TrafficRouting> Routing { get; init; } = [];
}

/// <summary>How the circuit breaker counts failures before it trips.</summary>
public enum CircuitBreakerThresholdKind
{
    Count,
    BoundedPercent,
    UnboundedPercent,
}

/// <summary>The deployment circuit breaker; <see cref="ThresholdValue"/> null leaves ECS's default (BOUNDED_PERCENT 50).</summary>
public sealed record CircuitBreakerSettings(bool Enabled, bool Rollback, CircuitBreakerThresholdKind ThresholdKind = CircuitBreakerThresholdKind.BoundedPercent, int? ThresholdValue = null);

/// <summary>CloudWatch alarms that fail (and optionally roll back) a deployment.</summary>
public sealed record AlarmSettings(bool Enabled, bool Rollback, IReadOnlyList<string> AlarmNames);

/// <summary>LINEAR: percent of production traffic per step (3–100, multiples of 0.1) and minutes between steps (0–1440).</summary>
public sealed record LinearSettings(double StepPercent, int StepBakeTimeInMinutes);

/// <summary>CANARY: percent of production traffic first (0.1–100, multiples of 0.1) and minutes before the rest (0–1440).</summary>
public sealed record CanarySettings(double CanaryPercent, int CanaryBakeTimeInMinutes);

/// <summary>Lifecycle hook target types (DeploymentLifecycleHookTargetType).</summary>
public enum LifecycleHookKind
{
    /// <summary>Waits for ContinueServiceDeployment (an operator's Approve or Roll back).</summary>
    Pause,

    /// <summary>Invokes a Lambda function (<see cref="LifecycleHookSettings.TargetArn"/>) with <see cref="LifecycleHookSettings.RoleArn"/>.</summary>
    AwsLambda,
}

/// <summary>
/// A lifecycle hook: its kind, the stages it runs at (DeploymentLifecycleHookStage names, e.g. POST_TEST_TRAFFIC_SHIFT),
/// and what ECS does if nobody acts within the timeout (CONTINUE or ROLLBACK; ECS defaults to ROLLBACK after 1440 minutes).
/// </summary>
public sealed record LifecycleHookSettings(
    LifecycleHookKind Kind,
    IReadOnlyList<string> Stages,
    string? TargetArn = null,
    string? RoleArn = null,
    int? TimeoutInMinutes = null,
    string? TimeoutAction = null);

/// <summary>One load balancer of the service with its blue/green routing (loadBalancers[].advancedConfiguration).</summary>
public sealed record TrafficRouting(
    string TargetGroupArn,
    string ContainerName,
    int ContainerPort,
    string? AlternateTargetGroupArn,
    string? ProductionListenerRule,
    string? TestListenerRule,
    string? RoleArn);

/// <summary>A service's controller and strategy settings as ECS has them.</summary>
/// <param name="DeploymentController">ECS, CODE_DEPLOY or EXTERNAL; only ECS services take these settings.</param>
public sealed record ServiceStrategy(string Cluster, string Service, string DeploymentController, DeploymentStrategySettings Settings);
