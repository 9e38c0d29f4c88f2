namespace EcsConsole.Core.Rollouts;

/// <summary>The ECS words for strategies, stages and hook types, in one place.</summary>
public static class StrategyNames
{
    /// <summary>DeploymentLifecycleHookStage: where a hook may run.</summary>
    public static readonly IReadOnlyList<string> HookStages =
    [
        "RECONCILE_SERVICE", "PRE_SCALE_UP", "POST_SCALE_UP", "TEST_TRAFFIC_SHIFT", "POST_TEST_TRAFFIC_SHIFT",
        "PRE_PRODUCTION_TRAFFIC_SHIFT", "PRODUCTION_TRAFFIC_SHIFT", "POST_PRODUCTION_TRAFFIC_SHIFT",
    ];

    public static string ToWire(this DeploymentStrategyKind strategy) => strategy switch
    {
        DeploymentStrategyKind.BlueGreen => "BLUE_GREEN",
        DeploymentStrategyKind.Linear => "LINEAR",
        DeploymentStrategyKind.Canary => "CANARY",
        _ => "ROLLING",
    };

    /// <summary>ECS's strategy word; absent or unknown means ROLLING (ECS's default).</summary>
    public static DeploymentStrategyKind ParseStrategy(string? strategy) => strategy switch
    {
        "BLUE_GREEN" => DeploymentStrategyKind.BlueGreen,
        "LINEAR" => DeploymentStrategyKind.Linear,
        "CANARY" => DeploymentStrategyKind.Canary,
        _ => DeploymentStrategyKind.Rolling,
    };

    public static string ToWire(this CircuitBreakerThresholdKind kind) => kind switch
    {
        CircuitBreakerThresholdKind.Count => "COUNT",
        CircuitBreakerThresholdKind.UnboundedPercent => "UNBOUNDED_PERCENT",
        _ => "BOUNDED_PERCENT",
    };

    public static CircuitBreakerThresholdKind ParseThreshold(string? kind) => kind switch
    {
        "COUNT" => CircuitBreakerThresholdKind.Count,
        "UNBOUNDED_PERCENT" => CircuitBreakerThresholdKind.UnboundedPercent,
        _ => CircuitBreakerThresholdKind.BoundedPercent,
    };

    public static string ToWire(this LifecycleHookKind kind) => kind == LifecycleHookKind.Pause ? "PAUSE" : "AWS_LAMBDA";

    /// <summary>ECS defaults an absent hook target type to AWS_LAMBDA.</summary>
    public static LifecycleHookKind ParseHookKind(string? kind) => kind == "PAUSE" ? LifecycleHookKind.Pause : LifecycleHookKind.AwsLambda;
}
