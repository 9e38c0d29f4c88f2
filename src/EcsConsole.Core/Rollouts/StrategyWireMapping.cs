using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.Rollouts;

/// <summary>Strategy settings to and from ECS's deploymentConfiguration and loadBalancers.</summary>
internal static class StrategyWireMapping
{
    public static DeploymentStrategySettings ToSettings(Service service)
    {
        var config = service.DeploymentConfiguration;
        var breaker = config?.DeploymentCircuitBreaker;
        return new DeploymentStrategySettings
        {
            Strategy = StrategyNames.ParseStrategy(config?.Strategy),
            MinimumHealthyPercent = config?.MinimumHealthyPercent,
            MaximumPercent = config?.MaximumPercent,
            CircuitBreaker = breaker is null ? null : new CircuitBreakerSettings(
                breaker.Enable, breaker.Rollback, StrategyNames.ParseThreshold(breaker.ThresholdConfiguration?.Type), breaker.ThresholdConfiguration?.Value),
            Alarms = config?.Alarms is { } alarms ? new AlarmSettings(alarms.Enable, alarms.Rollback, new ValueList<string>(alarms.AlarmNames)) : null,
            BakeTimeInMinutes = config?.BakeTimeInMinutes,
            Linear = config?.LinearConfiguration is { } linear ? new LinearSettings(linear.StepPercent ?? 10.0, linear.StepBakeTimeInMinutes ?? 6) : null,
            Canary = config?.CanaryConfiguration is { } canary ? new CanarySettings(canary.CanaryPercent ?? 5.0, canary.CanaryBakeTimeInMinutes ?? 10) : null,
            // Value lists, so an editor can tell whether the operator changed anything by comparing settings.
            LifecycleHooks = new ValueList<LifecycleHookSettings>((config?.LifecycleHooks ?? []).Select(h => new LifecycleHookSettings(
                StrategyNames.ParseHookKind(h.TargetType), new ValueList<string>(h.LifecycleStages ?? []), h.HookTargetArn, h.RoleArn,
                h.TimeoutConfiguration?.TimeoutInMinutes, h.TimeoutConfiguration?.Action))),
            Routing = new ValueList<TrafficRouting>((service.LoadBalancers ?? []).Where(lb => lb.TargetGroupArn is not null).Select(lb => new TrafficRouting(
                lb.TargetGroupArn!, lb.ContainerName ?? "", lb.ContainerPort ?? 0,
                lb.AdvancedConfiguration?.AlternateTargetGroupArn, lb.AdvancedConfiguration?.ProductionListenerRule,
                lb.AdvancedConfiguration?.TestListenerRule, lb.AdvancedConfiguration?.RoleArn))),
        };
    }

    public static DeploymentConfiguration ToDeploymentConfiguration(DeploymentStrategySettings settings)
    {
        var rolling = settings.Strategy == DeploymentStrategyKind.Rolling;
        return new DeploymentConfiguration
        {
            Strategy = settings.Strategy.ToWire(),
            MinimumHealthyPercent = settings.MinimumHealthyPercent,
            MaximumPercent = settings.MaximumPercent,
            // The breaker watches every strategy of the ECS controller (tasks that fail to start in green count too).
            DeploymentCircuitBreaker = settings.CircuitBreaker is { } breaker
                ? new DeploymentCircuitBreaker
                {
                    Enable = breaker.Enabled,
                    Rollback = breaker.Enabled && breaker.Rollback,
                    ThresholdConfiguration = breaker.Enabled && breaker.ThresholdValue is { } value
                        ? new ThresholdConfiguration { Type = breaker.ThresholdKind.ToWire(), Value = value }
                        : null,
                }
                : null,
            Alarms = settings.Alarms is { } alarms
                ? new DeploymentAlarms { Enable = alarms.Enabled, Rollback = alarms.Rollback, AlarmNames = alarms.AlarmNames }
                : null,
            BakeTimeInMinutes = rolling ? null : settings.BakeTimeInMinutes,
            LinearConfiguration = settings.Strategy == DeploymentStrategyKind.Linear && settings.Linear is { } linear
                ? new LinearConfiguration { StepPercent = linear.StepPercent, StepBakeTimeInMinutes = linear.StepBakeTimeInMinutes }
                : null,
            CanaryConfiguration = settings.Strategy == DeploymentStrategyKind.Canary && settings.Canary is { } canary
                ? new CanaryConfiguration { CanaryPercent = canary.CanaryPercent, CanaryBakeTimeInMinutes = canary.CanaryBakeTimeInMinutes }
                : null,
            // An empty list clears hooks ECS has; for rolling none are allowed, so say so.
            LifecycleHooks = rolling ? [] : [.. settings.LifecycleHooks.Select(ToHook)],
        };
    }

    /// <summary>
    /// The service's load balancers with the settings' routing applied (matched by target group). Null when the settings
    /// change no routing (or the strategy is rolling), so UpdateService leaves the load balancers alone.
    /// </summary>
    public static IReadOnlyList<LoadBalancer>? ToLoadBalancers(DeploymentStrategySettings settings, IReadOnlyList<LoadBalancer>? current)
    {
        // Rolling does not use the routing; leaving it in place keeps it for the next switch to blue/green.
        if (current is not { Count: > 0 } || settings.Routing.Count == 0 || settings.Strategy == DeploymentStrategyKind.Rolling)
        {
            return null;
        }
        var routes = settings.Routing.ToDictionary(r => r.TargetGroupArn, StringComparer.Ordinal);
        var updated = current.Select(lb =>
            lb.TargetGroupArn is not null && routes.TryGetValue(lb.TargetGroupArn, out var route)
                ? lb with
                {
                    AdvancedConfiguration = new AdvancedConfiguration
                    {
                        AlternateTargetGroupArn = route.AlternateTargetGroupArn,
                        ProductionListenerRule = route.ProductionListenerRule,
                        TestListenerRule = string.IsNullOrWhiteSpace(route.TestListenerRule) ? null : route.TestListenerRule,
                        RoleArn = route.RoleArn,
                    },
                }
                : lb).ToList();
        return updated.SequenceEqual(current) ? null : updated;
    }

    private static DeploymentLifecycleHook ToHook(LifecycleHookSettings hook) => new()
    {
        TargetType = hook.Kind.ToWire(),
        // PAUSE hooks have no target (the model: "not applicable for PAUSE hooks").
        HookTargetArn = hook.Kind == LifecycleHookKind.Pause ? null : hook.TargetArn,
        RoleArn = hook.Kind == LifecycleHookKind.Pause ? null : hook.RoleArn,
        LifecycleStages = hook.Stages,
        TimeoutConfiguration = hook.TimeoutInMinutes is null && hook.TimeoutAction is null
            ? null
            : new DeploymentLifecycleHookTimeoutConfiguration { TimeoutInMinutes = hook.TimeoutInMinutes, Action = hook.TimeoutAction },
    };
}
