using System.Globalization;

namespace EcsConsole.Core.Rollouts;

/// <summary>
/// Checks strategy settings against the limits in the ECS API model and guide before anything is sent, so the operator reads
/// every problem at once in the console's words instead of ECS's first InvalidParameterException.
/// </summary>
public static class StrategySettingsValidator
{
    public static IReadOnlyList<string> Validate(DeploymentStrategySettings settings, bool serviceHasLoadBalancers = false)
    {
        var problems = new List<string>();
        if (settings.MinimumHealthyPercent is { } min && min is < 0 or > 100)
        {
            problems.Add($"Minimum healthy percent must be between 0 and 100 (it is {min}).");
        }
        if (settings.MaximumPercent is { } max && max is < 100 or > 200)
        {
            problems.Add($"Maximum percent must be between 100 and 200 (it is {max}).");
        }
        if (settings.Strategy == DeploymentStrategyKind.Rolling
            && settings.MinimumHealthyPercent is 100 && settings.MaximumPercent is 100)
        {
            problems.Add("With minimum healthy 100% and maximum 100% a rolling deployment can neither start a new task nor stop an old one; raise the maximum or lower the minimum.");
        }
        ValidateCircuitBreaker(settings, problems);
        if (settings.Alarms is { Enabled: true } alarms && alarms.AlarmNames.Count == 0)
        {
            problems.Add("Alarm monitoring is on but no alarm is named; name at least one CloudWatch alarm or turn it off.");
        }
        if (settings.Alarms?.AlarmNames.FirstOrDefault(n => string.IsNullOrWhiteSpace(n) || n.Length > 255) is { } badAlarm)
        {
            problems.Add($"Alarm name '{badAlarm}' must be 1 to 255 characters.");
        }
        if (settings.Strategy == DeploymentStrategyKind.Rolling)
        {
            if (settings.LifecycleHooks.Count > 0)
            {
                problems.Add("Lifecycle hooks run only with the blue/green, linear or canary strategies; remove them or change the strategy.");
            }
        }
        else
        {
            ValidateTrafficShifting(settings, serviceHasLoadBalancers, problems);
        }
        for (var i = 0; i < settings.LifecycleHooks.Count; i++)
        {
            ValidateHook(i + 1, settings.LifecycleHooks[i], problems);
        }
        return problems;
    }

    private static void ValidateCircuitBreaker(DeploymentStrategySettings settings, List<string> problems)
    {
        if (settings.CircuitBreaker is not { Enabled: true } breaker)
        {
            return;
        }
        if (breaker.ThresholdValue is { } value)
        {
            if (value < 1)
            {
                problems.Add($"The circuit breaker threshold must be at least 1 (it is {value}).");
            }
            else if (breaker.ThresholdKind == CircuitBreakerThresholdKind.BoundedPercent && value > 100)
            {
                problems.Add($"A bounded-percent circuit breaker threshold must be at most 100 (it is {value}).");
            }
        }
    }

    private static void ValidateTrafficShifting(DeploymentStrategySettings settings, bool serviceHasLoadBalancers, List<string> problems)
    {
        var name = settings.Strategy.ToWire();
        CheckMinutes("Bake time", settings.BakeTimeInMinutes, problems);
        if (settings.Strategy == DeploymentStrategyKind.Linear && settings.Linear is { } linear)
        {
            CheckPercent("Linear step", linear.StepPercent, 3.0, problems);
            CheckMinutes("Linear step bake time", linear.StepBakeTimeInMinutes, problems);
        }
        if (settings.Strategy == DeploymentStrategyKind.Canary && settings.Canary is { } canary)
        {
            CheckPercent("Canary traffic", canary.CanaryPercent, 0.1, problems);
            CheckMinutes("Canary bake time", canary.CanaryBakeTimeInMinutes, problems);
        }
        if (serviceHasLoadBalancers && settings.Routing.Count == 0)
        {
            problems.Add($"{name} shifts traffic between target groups: give each load balancer an alternate target group and a production listener rule.");
        }
        foreach (var route in settings.Routing)
        {
            if (string.IsNullOrWhiteSpace(route.AlternateTargetGroupArn))
            {
                problems.Add($"{name} needs an alternate target group for target group {route.TargetGroupArn}.");
            }
            else if (route.AlternateTargetGroupArn == route.TargetGroupArn)
            {
                problems.Add($"The alternate target group of {route.TargetGroupArn} must be a different target group.");
            }
            if (string.IsNullOrWhiteSpace(route.ProductionListenerRule))
            {
                problems.Add($"{name} needs the production listener rule ECS shifts for target group {route.TargetGroupArn}.");
            }
            if (string.IsNullOrWhiteSpace(route.RoleArn))
            {
                problems.Add($"{name} needs a role ECS assumes to change the listener rules of target group {route.TargetGroupArn}.");
            }
        }
    }

    private static void ValidateHook(int number, LifecycleHookSettings hook, List<string> problems)
    {
        if (hook.Stages.Count == 0)
        {
            problems.Add($"Hook {number} runs at no stage; pick at least one.");
        }
        foreach (var stage in hook.Stages.Where(s => !StrategyNames.HookStages.Contains(s)))
        {
            problems.Add($"Hook {number}: '{stage}' is not a lifecycle stage a hook can run at ({string.Join(", ", StrategyNames.HookStages)}).");
        }
        if (hook.Kind == LifecycleHookKind.AwsLambda)
        {
            if (string.IsNullOrWhiteSpace(hook.TargetArn))
            {
                problems.Add($"Hook {number} invokes a Lambda function: give its ARN.");
            }
            if (string.IsNullOrWhiteSpace(hook.RoleArn))
            {
                problems.Add($"Hook {number} invokes a Lambda function: give the role ECS assumes to call it.");
            }
        }
        else if (!string.IsNullOrWhiteSpace(hook.TargetArn))
        {
            problems.Add($"Hook {number} is a PAUSE hook: it waits for Approve and takes no target ARN.");
        }
        if (hook.TimeoutInMinutes is { } timeout && timeout is < 1 or > 20160)
        {
            problems.Add($"Hook {number}: the timeout must be between 1 and 20160 minutes (it is {timeout}).");
        }
        if (hook.TimeoutAction is { } action && action is not ("CONTINUE" or "ROLLBACK"))
        {
            problems.Add($"Hook {number}: the timeout action must be CONTINUE or ROLLBACK (it is {action}).");
        }
    }

    private static void CheckMinutes(string what, int? minutes, List<string> problems)
    {
        if (minutes is { } m && m is < 0 or > 1440)
        {
            problems.Add($"{what} must be between 0 and 1440 minutes (it is {m}).");
        }
    }

    private static void CheckPercent(string what, double percent, double lowest, List<string> problems)
    {
        // The model asks for multiples of 0.1; compare in tenths so 0.3 (0.30000000000000004) is still one.
        var tenths = percent * 10;
        if (percent < lowest || percent > 100 || Math.Abs(tenths - Math.Round(tenths)) > 1e-6)
        {
            problems.Add($"{what} must be a multiple of 0.1 from {lowest.ToString(CultureInfo.InvariantCulture)} to 100 percent (it is {percent.ToString(CultureInfo.InvariantCulture)}).");
        }
    }
}
