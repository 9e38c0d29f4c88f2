using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Protocol.Ecs;

/// <summary>A deploymentConfiguration and a service's loadBalancers as ECS answers them, member names as in the model.</summary>
internal static class EcsDeploymentConfigurationWire
{
    public static JsonObject Configuration(DeploymentConfigurationState configuration)
    {
        var breaker = configuration.CircuitBreaker;
        var breakerJson = new JsonObject { ["enable"] = breaker.Enable, ["rollback"] = breaker.Rollback }.With("resetOnHealthyTask", breaker.ResetOnHealthyTask);
        if (breaker.ThresholdType is not null)
        {
            breakerJson["thresholdConfiguration"] = new JsonObject { ["type"] = breaker.ThresholdType, ["value"] = breaker.ThresholdValue ?? 50 };
        }

        var json = new JsonObject
        {
            ["deploymentCircuitBreaker"] = breakerJson,
            ["maximumPercent"] = configuration.MaximumPercent,
            ["minimumHealthyPercent"] = configuration.MinimumHealthyPercent,
        };
        if (configuration.Alarms is { } alarms)
        {
            json["alarms"] = new JsonObject { ["alarmNames"] = WireJson.Strings(alarms.AlarmNames), ["rollback"] = alarms.Rollback, ["enable"] = alarms.Enable };
        }

        json["strategy"] = configuration.Strategy;
        json.With("bakeTimeInMinutes", configuration.BakeTimeInMinutes);
        if (configuration.LifecycleHooks.Count > 0)
        {
            json["lifecycleHooks"] = WireJson.Array(configuration.LifecycleHooks.Select(Hook));
        }

        if (configuration.Linear is { } linear)
        {
            json["linearConfiguration"] = new JsonObject { ["stepPercent"] = linear.StepPercent, ["stepBakeTimeInMinutes"] = linear.StepBakeTimeInMinutes };
        }

        if (configuration.Canary is { } canary)
        {
            json["canaryConfiguration"] = new JsonObject { ["canaryPercent"] = canary.CanaryPercent, ["canaryBakeTimeInMinutes"] = canary.CanaryBakeTimeInMinutes };
        }

        return json;
    }

    public static JsonArray LoadBalancers(ServiceState service)
    {
        if (service.TargetGroupArn is null)
        {
            return [];
        }

        var json = new JsonObject
        {
            ["targetGroupArn"] = service.TargetGroupArn,
            ["containerName"] = service.LoadBalancerContainerName,
            ["containerPort"] = service.LoadBalancerContainerPort,
        };
        if (service.AdvancedConfiguration is { } advanced)
        {
            json["advancedConfiguration"] = new JsonObject
            {
                ["alternateTargetGroupArn"] = advanced.AlternateTargetGroupArn,
                ["productionListenerRule"] = advanced.ProductionListenerRule,
            }.With("testListenerRule", advanced.TestListenerRule).With("roleArn", advanced.RoleArn);
        }

        return [json];
    }

    private static JsonObject Hook(LifecycleHookState hook)
    {
        var json = new JsonObject { ["targetType"] = hook.TargetType }
            .With("hookTargetArn", hook.HookTargetArn)
            .With("roleArn", hook.RoleArn);
        json["lifecycleStages"] = WireJson.Strings(hook.LifecycleStages);
        if (hook.HookDetailsJson is not null)
        {
            json["hookDetails"] = JsonNode.Parse(hook.HookDetailsJson);
        }

        if (hook.TimeoutInMinutes is not null || hook.TimeoutAction is not null)
        {
            json["timeoutConfiguration"] = new JsonObject().With("timeoutInMinutes", hook.TimeoutInMinutes).With("action", hook.TimeoutAction);
        }

        return json;
    }
}
