namespace EcsConsole.Sandbox.Engine.Rollouts;

/// <summary>The checks ECS makes on a service's deploymentConfiguration and load balancer before it accepts them.</summary>
public static class DeploymentConfigurationRules
{
    private static readonly string[] TrafficShiftStages = ["TEST_TRAFFIC_SHIFT", "PRODUCTION_TRAFFIC_SHIFT"];

    public static void Validate(DeploymentConfigurationState configuration, string? targetGroupArn, AdvancedConfigurationState? advanced)
    {
        if (configuration.MinimumHealthyPercent is < 0 or > 100)
        {
            throw SandboxErrors.InvalidParameter("minimumHealthyPercent must be between 0 and 100.");
        }

        if (configuration.MaximumPercent < 100 || configuration.MaximumPercent < configuration.MinimumHealthyPercent)
        {
            throw SandboxErrors.InvalidParameter("maximumPercent must be at least 100 and not less than minimumHealthyPercent.");
        }

        if (configuration.CircuitBreaker is { ThresholdValue: < 0 })
        {
            throw SandboxErrors.InvalidParameter("thresholdConfiguration value must not be negative.");
        }

        ValidateStrategy(configuration, targetGroupArn, advanced);
        ValidateHooks(configuration);
        if (advanced is not null)
        {
            ValidateAdvanced(targetGroupArn, advanced);
        }
    }

    private static void ValidateStrategy(DeploymentConfigurationState configuration, string? targetGroupArn, AdvancedConfigurationState? advanced)
    {
        var strategy = configuration.Strategy;
        if (configuration.ShiftsTraffic && (targetGroupArn is null || advanced is null))
        {
            throw SandboxErrors.InvalidParameter($"The {strategy} deployment strategy requires a load balancer with advancedConfiguration (alternateTargetGroupArn, productionListenerRule and roleArn).");
        }

        if (strategy == DeploymentStrategies.BlueGreen && configuration.BakeTimeInMinutes is null)
        {
            throw SandboxErrors.InvalidParameter("bakeTimeInMinutes must be specified for the BLUE_GREEN deployment strategy.");
        }

        if (configuration.BakeTimeInMinutes is < 0 or > 1440)
        {
            throw SandboxErrors.InvalidParameter("bakeTimeInMinutes must be between 0 and 1440.");
        }

        if (configuration.Linear is { } linear)
        {
            if (strategy != DeploymentStrategies.Linear)
            {
                throw SandboxErrors.InvalidParameter("linearConfiguration is only valid with the LINEAR deployment strategy.");
            }

            if (linear.StepPercent is < 3.0 or > 100.0 || !IsTenth(linear.StepPercent))
            {
                throw SandboxErrors.InvalidParameter("linearConfiguration.stepPercent must be a multiple of 0.1 from 3.0 to 100.0.");
            }

            RequireMinutes(linear.StepBakeTimeInMinutes, "linearConfiguration.stepBakeTimeInMinutes");
        }

        if (configuration.Canary is { } canary)
        {
            if (strategy != DeploymentStrategies.Canary)
            {
                throw SandboxErrors.InvalidParameter("canaryConfiguration is only valid with the CANARY deployment strategy.");
            }

            if (canary.CanaryPercent is < 0.1 or > 100.0 || !IsTenth(canary.CanaryPercent))
            {
                throw SandboxErrors.InvalidParameter("canaryConfiguration.canaryPercent must be a multiple of 0.1 from 0.1 to 100.0.");
            }

            RequireMinutes(canary.CanaryBakeTimeInMinutes, "canaryConfiguration.canaryBakeTimeInMinutes");
        }
    }

    private static void ValidateHooks(DeploymentConfigurationState configuration)
    {
        if (configuration.LifecycleHooks.Count > 0 && !configuration.ShiftsTraffic)
        {
            throw SandboxErrors.InvalidParameter("lifecycleHooks are supported only with the BLUE_GREEN, LINEAR and CANARY deployment strategies.");
        }

        foreach (var hook in configuration.LifecycleHooks)
        {
            if (hook.LifecycleStages.Count == 0)
            {
                throw SandboxErrors.InvalidParameter("lifecycleStages must be specified for a deployment lifecycle hook.");
            }

            if (hook.TargetType == LifecycleHookState.Lambda && (string.IsNullOrEmpty(hook.HookTargetArn) || string.IsNullOrEmpty(hook.RoleArn)))
            {
                throw SandboxErrors.InvalidParameter("hookTargetArn and roleArn must be specified for an AWS_LAMBDA lifecycle hook.");
            }

            if (hook.TargetType == LifecycleHookState.Lambda && !hook.HookTargetArn!.StartsWith("arn:aws:lambda:", StringComparison.Ordinal))
            {
                throw SandboxErrors.InvalidParameter($"hookTargetArn '{hook.HookTargetArn}' is not a Lambda function ARN.");
            }

            if (hook.TargetType == LifecycleHookState.Pause && hook.HookTargetArn is not null)
            {
                throw SandboxErrors.InvalidParameter("hookTargetArn is not applicable for a PAUSE lifecycle hook.");
            }

            if (hook.TargetType == LifecycleHookState.Pause && hook.LifecycleStages.Intersect(TrafficShiftStages).FirstOrDefault() is { } stage)
            {
                throw SandboxErrors.InvalidParameter($"PAUSE lifecycle hooks cannot be configured at the {stage} stage; it is valid only for AWS_LAMBDA hooks.");
            }

            if (hook.TimeoutInMinutes is < 1 or > 20160)
            {
                throw SandboxErrors.InvalidParameter("timeoutConfiguration.timeoutInMinutes must be between 1 and 20160.");
            }
        }
    }

    private static void ValidateAdvanced(string? targetGroupArn, AdvancedConfigurationState advanced)
    {
        if (advanced.AlternateTargetGroupArn == targetGroupArn)
        {
            throw SandboxErrors.InvalidParameter("alternateTargetGroupArn must be different from the load balancer's targetGroupArn.");
        }

        if (!advanced.AlternateTargetGroupArn.StartsWith("arn:aws:elasticloadbalancing:", StringComparison.Ordinal) || !advanced.AlternateTargetGroupArn.Contains(":targetgroup/", StringComparison.Ordinal))
        {
            throw SandboxErrors.InvalidParameter($"alternateTargetGroupArn '{advanced.AlternateTargetGroupArn}' is not a target group ARN.");
        }

        foreach (var (member, rule) in new[] { ("productionListenerRule", advanced.ProductionListenerRule), ("testListenerRule", advanced.TestListenerRule) })
        {
            if (rule is not null && !rule.StartsWith("arn:aws:elasticloadbalancing:", StringComparison.Ordinal))
            {
                throw SandboxErrors.InvalidParameter($"{member} '{rule}' is not a listener rule or listener ARN.");
            }
        }

        if (!advanced.RoleArn.StartsWith("arn:aws:iam::", StringComparison.Ordinal))
        {
            throw SandboxErrors.InvalidParameter($"roleArn '{advanced.RoleArn}' is not an IAM role ARN.");
        }
    }

    private static void RequireMinutes(int minutes, string member)
    {
        if (minutes is < 0 or > 1440)
        {
            throw SandboxErrors.InvalidParameter($"{member} must be between 0 and 1440.");
        }
    }

    private static bool IsTenth(double percent) => Math.Abs(percent * 10 - Math.Round(percent * 10)) < 1e-6;
}
