using EcsConsole.Core.Rollouts;

namespace EcsConsole.Web.Model.Rollouts;

/// <summary>
/// The strategy editor's fields, bound by the dialog and turned into the service layer's <see cref="DeploymentStrategySettings"/>.
/// It does not validate: the service layer does, before anything is sent, and the dialog shows its messages.
/// </summary>
public sealed class StrategyForm
{
    /// <summary>Stages a lifecycle hook can run at (the model's DeploymentLifecycleHookStage).</summary>
    public static readonly IReadOnlyList<string> HookStages =
    [
        "RECONCILE_SERVICE", "PRE_SCALE_UP", "POST_SCALE_UP", "TEST_TRAFFIC_SHIFT", "POST_TEST_TRAFFIC_SHIFT",
        "PRE_PRODUCTION_TRAFFIC_SHIFT", "PRODUCTION_TRAFFIC_SHIFT", "POST_PRODUCTION_TRAFFIC_SHIFT",
    ];

    public DeploymentStrategyKind Strategy { get; set; }

    public int? MinimumHealthyPercent { get; set; }

    public int? MaximumPercent { get; set; }

    public bool CircuitBreakerEnabled { get; set; }

    public bool CircuitBreakerRollback { get; set; }

    public CircuitBreakerThresholdKind ThresholdKind { get; set; } = CircuitBreakerThresholdKind.BoundedPercent;

    public int? ThresholdValue { get; set; }

    public bool AlarmsEnabled { get; set; }

    public bool AlarmsRollback { get; set; }

    /// <summary>CloudWatch alarm names, separated by commas or new lines.</summary>
    public string AlarmNames { get; set; } = "";

    public int? BakeTimeInMinutes { get; set; }

    public double? StepPercent { get; set; }

    public int? StepBakeTimeInMinutes { get; set; }

    public double? CanaryPercent { get; set; }

    public int? CanaryBakeTimeInMinutes { get; set; }

    public List<HookForm> Hooks { get; } = [];

    public List<RoutingForm> Routing { get; } = [];

    /// <summary>Rolling uses percents; the others shift traffic between target groups and bake.</summary>
    public bool ShiftsTraffic => Strategy != DeploymentStrategyKind.Rolling;

    public static StrategyForm From(DeploymentStrategySettings settings)
    {
        var form = new StrategyForm
        {
            Strategy = settings.Strategy,
            MinimumHealthyPercent = settings.MinimumHealthyPercent,
            MaximumPercent = settings.MaximumPercent,
            CircuitBreakerEnabled = settings.CircuitBreaker?.Enabled ?? false,
            CircuitBreakerRollback = settings.CircuitBreaker?.Rollback ?? false,
            ThresholdKind = settings.CircuitBreaker?.ThresholdKind ?? CircuitBreakerThresholdKind.BoundedPercent,
            ThresholdValue = settings.CircuitBreaker?.ThresholdValue,
            AlarmsEnabled = settings.Alarms?.Enabled ?? false,
            AlarmsRollback = settings.Alarms?.Rollback ?? false,
            AlarmNames = string.Join(", ", settings.Alarms?.AlarmNames ?? []),
            BakeTimeInMinutes = settings.BakeTimeInMinutes,
            StepPercent = settings.Linear?.StepPercent,
            StepBakeTimeInMinutes = settings.Linear?.StepBakeTimeInMinutes,
            CanaryPercent = settings.Canary?.CanaryPercent,
            CanaryBakeTimeInMinutes = settings.Canary?.CanaryBakeTimeInMinutes,
        };
        form.Hooks.AddRange(settings.LifecycleHooks.Select(HookForm.From));
        form.Routing.AddRange(settings.Routing.Select(RoutingForm.From));
        return form;
    }

    /// <summary>
    /// The settings to send. Sections the chosen strategy does not use are left out, so switching strategy in the form
    /// never sends a half-filled leftover (e.g. canary numbers on a rolling service).
    /// </summary>
    public DeploymentStrategySettings ToSettings()
    {
        var linear = Strategy == DeploymentStrategyKind.Linear;
        var canary = Strategy == DeploymentStrategyKind.Canary;
        return new DeploymentStrategySettings
        {
            Strategy = Strategy,
            MinimumHealthyPercent = MinimumHealthyPercent,
            MaximumPercent = MaximumPercent,
            CircuitBreaker = new CircuitBreakerSettings(CircuitBreakerEnabled, CircuitBreakerEnabled && CircuitBreakerRollback, ThresholdKind, ThresholdValue),
            Alarms = AlarmsEnabled || SplitAlarmNames().Count > 0
                ? new AlarmSettings(AlarmsEnabled, AlarmsEnabled && AlarmsRollback, SplitAlarmNames())
                : null,
            BakeTimeInMinutes = ShiftsTraffic ? BakeTimeInMinutes : null,
            Linear = linear ? new LinearSettings(StepPercent ?? 0, StepBakeTimeInMinutes ?? 0) : null,
            Canary = canary ? new CanarySettings(CanaryPercent ?? 0, CanaryBakeTimeInMinutes ?? 0) : null,
            LifecycleHooks = ShiftsTraffic ? [.. Hooks.Select(h => h.ToSettings())] : [],
            Routing = [.. Routing.Select(r => r.ToSettings())],
        };
    }

    public HookForm AddPauseHook()
    {
        var hook = new HookForm { Kind = LifecycleHookKind.Pause };
        hook.Stages.Add("POST_TEST_TRAFFIC_SHIFT");
        Hooks.Add(hook);
        return hook;
    }

    private List<string> SplitAlarmNames() =>
        [.. AlarmNames.Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

/// <summary>One lifecycle hook in the editor.</summary>
public sealed class HookForm
{
    public LifecycleHookKind Kind { get; set; }

    public HashSet<string> Stages { get; } = new(StringComparer.Ordinal);

    public string? TargetArn { get; set; }

    public string? RoleArn { get; set; }

    public int? TimeoutInMinutes { get; set; }

    /// <summary>CONTINUE or ROLLBACK; null leaves ECS's default.</summary>
    public string? TimeoutAction { get; set; }

    public static HookForm From(LifecycleHookSettings hook)
    {
        var form = new HookForm
        {
            Kind = hook.Kind,
            TargetArn = hook.TargetArn,
            RoleArn = hook.RoleArn,
            TimeoutInMinutes = hook.TimeoutInMinutes,
            TimeoutAction = hook.TimeoutAction,
        };
        form.Stages.UnionWith(hook.Stages);
        return form;
    }

    /// <summary>Stages in lifecycle order; a PAUSE hook sends no Lambda target or role.</summary>
    public LifecycleHookSettings ToSettings() => new(
        Kind,
        [.. StrategyForm.HookStages.Where(Stages.Contains)],
        Kind == LifecycleHookKind.AwsLambda ? Blank(TargetArn) : null,
        Kind == LifecycleHookKind.AwsLambda ? Blank(RoleArn) : null,
        TimeoutInMinutes,
        Blank(TimeoutAction));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One load balancer's blue/green routing in the editor; the target group, container and port stay as ECS has them.</summary>
public sealed class RoutingForm
{
    public required string TargetGroupArn { get; init; }

    public required string ContainerName { get; init; }

    public int ContainerPort { get; init; }

    public string? AlternateTargetGroupArn { get; set; }

    public string? ProductionListenerRule { get; set; }

    public string? TestListenerRule { get; set; }

    public string? RoleArn { get; set; }

    public static RoutingForm From(TrafficRouting routing) => new()
    {
        TargetGroupArn = routing.TargetGroupArn,
        ContainerName = routing.ContainerName,
        ContainerPort = routing.ContainerPort,
        AlternateTargetGroupArn = routing.AlternateTargetGroupArn,
        ProductionListenerRule = routing.ProductionListenerRule,
        TestListenerRule = routing.TestListenerRule,
        RoleArn = routing.RoleArn,
    };

    public TrafficRouting ToSettings() => new(
        TargetGroupArn, ContainerName, ContainerPort,
        Blank(AlternateTargetGroupArn), Blank(ProductionListenerRule), Blank(TestListenerRule), Blank(RoleArn));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
