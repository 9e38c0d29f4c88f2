using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Protocol.Ecs;

/// <summary>
/// Reads deploymentConfiguration and loadBalancers[].advancedConfiguration from CreateService and UpdateService. Members
/// a request leaves out keep the service's current values, as UpdateService does; the engine then validates the result.
/// </summary>
internal static class EcsDeploymentConfigurationInput
{
    private static readonly string[] HookStages =
        ["RECONCILE_SERVICE", "PRE_SCALE_UP", "POST_SCALE_UP", "TEST_TRAFFIC_SHIFT", "POST_TEST_TRAFFIC_SHIFT", "PRE_PRODUCTION_TRAFFIC_SHIFT", "PRODUCTION_TRAFFIC_SHIFT", "POST_PRODUCTION_TRAFFIC_SHIFT"];

    /// <summary>The configuration after applying <paramref name="json"/> to <paramref name="current"/>; null json keeps it.</summary>
    public static DeploymentConfigurationState Apply(JsonInput? json, DeploymentConfigurationState current)
    {
        if (json is null)
        {
            return current;
        }

        var strategy = json.Enum("strategy", DeploymentStrategies.All) ?? current.Strategy;
        var linear = json.Object("linearConfiguration") is { } l
            ? new LinearConfigurationState(l.Double("stepPercent") ?? 10.0, l.Int("stepBakeTimeInMinutes") ?? 6)
            : strategy == DeploymentStrategies.Linear ? current.Linear ?? new LinearConfigurationState() : null;
        var canary = json.Object("canaryConfiguration") is { } c
            ? new CanaryConfigurationState(c.Double("canaryPercent") ?? 5.0, c.Int("canaryBakeTimeInMinutes") ?? 10)
            : strategy == DeploymentStrategies.Canary ? current.Canary ?? new CanaryConfigurationState() : null;
        return current with
        {
            Strategy = strategy,
            MinimumHealthyPercent = json.Int("minimumHealthyPercent") ?? current.MinimumHealthyPercent,
            MaximumPercent = json.Int("maximumPercent") ?? current.MaximumPercent,
            CircuitBreaker = json.Object("deploymentCircuitBreaker") is { } breaker ? CircuitBreaker(breaker) : current.CircuitBreaker,
            Alarms = json.Object("alarms") is { } alarms
                ? new DeploymentAlarmsState(alarms.StringList("alarmNames") ?? [], alarms.Bool("enable") ?? false, alarms.Bool("rollback") ?? false)
                : current.Alarms,
            BakeTimeInMinutes = json.Int("bakeTimeInMinutes") ?? current.BakeTimeInMinutes,
            LifecycleHooks = json.ObjectList("lifecycleHooks") is { } hooks ? hooks.Select(Hook).ToList() : current.LifecycleHooks,
            Linear = linear,
            Canary = canary,
        };
    }

    /// <summary>loadBalancers[0].advancedConfiguration of a request, or null when it has none.</summary>
    public static AdvancedConfigurationState? Advanced(JsonInput? loadBalancer) =>
        loadBalancer?.Object("advancedConfiguration") is { } advanced
            ? new AdvancedConfigurationState(
                advanced.RequiredString("alternateTargetGroupArn"),
                advanced.RequiredString("productionListenerRule"),
                advanced.String("testListenerRule"),
                advanced.RequiredString("roleArn"))
            : null;

    private static CircuitBreakerState CircuitBreaker(JsonInput breaker)
    {
        var threshold = breaker.Object("thresholdConfiguration");
        return new CircuitBreakerState(
            breaker.Bool("enable") ?? false,
            breaker.Bool("rollback") ?? false,
            breaker.Bool("resetOnHealthyTask"),
            threshold?.Enum("type", "COUNT", "BOUNDED_PERCENT", "UNBOUNDED_PERCENT") ?? (threshold is null ? null : "BOUNDED_PERCENT"),
            threshold?.Int("value"));
    }

    private static LifecycleHookState Hook(JsonInput hook)
    {
        var stages = hook.StringList("lifecycleStages") ?? [];
        var unknown = stages.FirstOrDefault(s => !HookStages.Contains(s, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw SandboxErrors.InvalidParameter($"1 validation error detected: Value '{unknown}' at 'lifecycleStages' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", HookStages)}]");
        }

        var timeout = hook.Object("timeoutConfiguration");
        return new LifecycleHookState(
            hook.Enum("targetType", LifecycleHookState.Lambda, LifecycleHookState.Pause) ?? LifecycleHookState.Lambda,
            hook.String("hookTargetArn"),
            hook.String("roleArn"),
            stages,
            timeout?.Int("timeoutInMinutes"),
            timeout?.Enum("action", "ROLLBACK", "CONTINUE"),
            hook.Body["hookDetails"]?.ToJsonString());
    }
}
