using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.ApplicationAutoScaling;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.AutoScaling;

/// <summary>Scalable targets and target tracking policies created through the API, for any active ECS service.</summary>
public sealed partial class ApplicationAutoScalingJsonApi
{
    private static readonly string[] TrackedMetrics = ["ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization", "ALBRequestCountPerTarget"];

    private JsonObject RegisterScalableTarget(Simulation sim, DateTimeOffset now, JsonInput input)
    {
        var resourceId = EcsResource(input);
        var min = input.Int("MinCapacity");
        var max = input.Int("MaxCapacity");
        var existing = sim.State.ScalableTargets.FirstOrDefault(t => t.ResourceId == resourceId);
        if (existing is null)
        {
            // As Application Auto Scaling checks with ECS: the service must exist before it can scale.
            var parts = resourceId.Split('/');
            if (sim.State.FindCluster(parts[1]) is not { } cluster || !cluster.Services.Any(s => s.Name == parts[2] && s.Status == "ACTIVE"))
            {
                throw Validation($"ECS service doesn't exist: {resourceId}");
            }

            if (min is null || max is null)
            {
                throw Validation("MinCapacity and MaxCapacity are required when registering a new scalable target.");
            }
        }

        var newMin = min ?? existing!.MinCapacity;
        var newMax = max ?? existing!.MaxCapacity;
        if (newMin < 0 || newMax < 0)
        {
            throw Validation("MinCapacity and MaxCapacity must be 0 or more.");
        }

        if (newMin > newMax)
        {
            throw Validation($"Minimum capacity ({newMin}) cannot be greater than maximum capacity ({newMax}).");
        }

        if (existing is null)
        {
            existing = new ScalableTargetState
            {
                ResourceId = resourceId,
                MinCapacity = newMin,
                MaxCapacity = newMax,
                CreatedAt = now,
                Arn = $"arn:aws:application-autoscaling:{_arns.Region}:{_arns.AccountId}:scalable-target/{sim.Ids.Hex(36)}",
                // As on AWS, Tags apply when the target is created; registering it again changes its limits only.
                Tags = input.Object("Tags")?.Body.ToDictionary(t => t.Key, t => t.Value?.GetValue<string>() ?? "", StringComparer.Ordinal) ?? new(StringComparer.Ordinal),
            };
            sim.State.ScalableTargets.Add(existing);
        }

        existing.MinCapacity = newMin;
        existing.MaxCapacity = newMax;
        return new JsonObject { ["ScalableTargetARN"] = existing.Arn };
    }

    private static JsonObject DeregisterScalableTarget(SandboxState state, JsonInput input)
    {
        var target = RegisteredTarget(state, EcsResource(input));
        state.ScalableTargets.Remove(target);
        return [];
    }

    private JsonObject PutScalingPolicy(Simulation sim, DateTimeOffset now, JsonInput input)
    {
        var name = input.RequiredString("PolicyName");
        var target = RegisteredTarget(sim.State, EcsResource(input));
        if ((input.String("PolicyType") ?? "StepScaling") != "TargetTrackingScaling")
        {
            throw Validation("The sandbox supports TargetTrackingScaling policies only; set PolicyType to TargetTrackingScaling.");
        }

        var configuration = input.Object("TargetTrackingScalingPolicyConfiguration")
            ?? throw Validation("TargetTrackingScalingPolicyConfiguration is required for a TargetTrackingScaling policy.");
        var value = configuration.Double("TargetValue") ?? throw Validation("TargetTrackingScalingPolicyConfiguration.TargetValue is required.");
        if (value <= 0)
        {
            throw Validation($"TargetValue must be greater than 0, got {value}.");
        }

        var metric = configuration.Object("PredefinedMetricSpecification")
            ?? throw Validation("The sandbox tracks predefined metrics only; set PredefinedMetricSpecification.");
        var metricType = metric.RequiredString("PredefinedMetricType");
        if (!TrackedMetrics.Contains(metricType))
        {
            throw Validation($"PredefinedMetricType {metricType} does not apply to ECS services; use one of {string.Join(", ", TrackedMetrics)}.");
        }

        var label = metric.String("ResourceLabel");
        if (metricType == "ALBRequestCountPerTarget" && (label is null || !label.StartsWith("app/", StringComparison.Ordinal) || !label.Contains("/targetgroup/", StringComparison.Ordinal)))
        {
            throw Validation("ALBRequestCountPerTarget needs a ResourceLabel of the form app/{load-balancer-name}/{id}/targetgroup/{target-group-name}/{id}.");
        }

        var outCooldown = configuration.Int("ScaleOutCooldown") ?? 300;
        var inCooldown = configuration.Int("ScaleInCooldown") ?? 300;
        if (outCooldown < 0 || inCooldown < 0)
        {
            throw Validation("ScaleOutCooldown and ScaleInCooldown must be 0 or more seconds.");
        }

        // A repeated put replaces the policy of that name and keeps its alarms, as AWS does.
        var previous = target.Policies.FirstOrDefault(p => p.Name == name);
        var alarms = previous?.AlarmNames ?? [$"TargetTracking-{target.ResourceId}-AlarmHigh-{sim.Ids.Guid()}", $"TargetTracking-{target.ResourceId}-AlarmLow-{sim.Ids.Guid()}"];
        var arn = previous?.Arn ?? $"arn:aws:autoscaling:{_arns.Region}:{_arns.AccountId}:scalingPolicy:{sim.Ids.Guid()}:resource/ecs/{target.ResourceId}:policyName/{name}";
        target.Policies.RemoveAll(p => p.Name == name);
        target.Policies.Add(new ScalingPolicyState(name, arn, metricType, value, outCooldown, inCooldown, previous?.CreatedAt ?? now, alarms, label));
        return new JsonObject
        {
            ["PolicyARN"] = arn,
            ["Alarms"] = WireJson.Array(alarms.Select(a => new JsonObject { ["AlarmName"] = a, ["AlarmARN"] = $"arn:aws:cloudwatch:{_arns.Region}:{_arns.AccountId}:alarm:{a}" })),
        };
    }

    private static JsonObject DeleteScalingPolicy(SandboxState state, JsonInput input)
    {
        var name = input.RequiredString("PolicyName");
        var target = RegisteredTarget(state, EcsResource(input));
        if (target.Policies.RemoveAll(p => p.Name == name) == 0)
        {
            throw new SandboxApiException("ObjectNotFoundException", $"No scaling policy found for service namespace: ecs, resource ID: {target.ResourceId}, scalable dimension: {Dimension}, policy name: {name}");
        }

        return [];
    }

    /// <summary>The ECS resource id of a write, checked like AWS: namespace ecs, dimension ecs:service:DesiredCount, id service/{cluster}/{service}.</summary>
    private static string EcsResource(JsonInput input)
    {
        var serviceNamespace = input.RequiredString("ServiceNamespace");
        var dimension = input.RequiredString("ScalableDimension");
        var resourceId = input.RequiredString("ResourceId");
        if (serviceNamespace != "ecs" || dimension != Dimension)
        {
            throw Validation($"The sandbox scales ECS services only: use ServiceNamespace ecs and ScalableDimension {Dimension}.");
        }

        if (resourceId.Split('/') is not ["service", { Length: > 0 }, { Length: > 0 }])
        {
            throw Validation($"Unsupported resource ID {resourceId}: an ECS service is service/{{cluster}}/{{service}}.");
        }

        return resourceId;
    }

    private static ScalableTargetState RegisteredTarget(SandboxState state, string resourceId) =>
        state.ScalableTargets.FirstOrDefault(t => t.ResourceId == resourceId)
        ?? throw new SandboxApiException("ObjectNotFoundException", $"No scalable target registered for service namespace: ecs, resource ID: {resourceId}, scalable dimension: {Dimension}");

    private static SandboxApiException Validation(string message) => new("ValidationException", message);
}
