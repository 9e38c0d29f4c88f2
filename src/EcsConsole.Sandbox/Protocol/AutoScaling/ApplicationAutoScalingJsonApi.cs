using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.ApplicationAutoScaling;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.AutoScaling;

/// <summary>Application Auto Scaling (JSON 1.1, AnyScaleFrontendService): the scaling of ECS services' desired counts.</summary>
public sealed partial class ApplicationAutoScalingJsonApi : JsonApi
{
    private const string Dimension = "ecs:service:DesiredCount";
    private readonly ArnFactory _arns;

    public ApplicationAutoScalingJsonApi(SandboxEngine engine)
    {
        _arns = engine.Arns;
        Register("DescribeScalableTargets", input => engine.Read(state => DescribeScalableTargets(state, input)));
        Register("DescribeScalingPolicies", input => engine.Read(state => DescribeScalingPolicies(state, input)));
        Register("DescribeScalingActivities", input => engine.Read(state => DescribeScalingActivities(state, input)));
        Register("RegisterScalableTarget", input => engine.Write((sim, now) => RegisterScalableTarget(sim, now, input)));
        Register("DeregisterScalableTarget", input => engine.Write((sim, _) => DeregisterScalableTarget(sim.State, input)));
        Register("PutScalingPolicy", input => engine.Write((sim, now) => PutScalingPolicy(sim, now, input)));
        Register("DeleteScalingPolicy", input => engine.Write((sim, _) => DeleteScalingPolicy(sim.State, input)));
        Register("ListTagsForResource", input => engine.Read(state => ListTagsForResource(state, input)));
    }

    /// <summary>A scalable target's tags, by its ARN (the seeded targets have none), as Application Auto Scaling ListTagsForResource.</summary>
    private static JsonObject ListTagsForResource(SandboxState state, JsonInput input)
    {
        var arn = input.RequiredString("ResourceARN");
        var target = state.ScalableTargets.FirstOrDefault(t => t.Arn == arn)
            ?? throw new SandboxApiException("ResourceNotFoundException", $"No scalable target found for the ARN {arn}.");
        var tags = new JsonObject();
        foreach (var (key, value) in target.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            tags[key] = value;
        }

        return new JsonObject { ["Tags"] = tags };
    }

    public override string TargetPrefix => "AnyScaleFrontendService";

    private JsonObject DescribeScalableTargets(SandboxState state, JsonInput input)
    {
        var ids = input.StringList("ResourceIds");
        var targets = Targets(state, input).Where(t => ids is null || ids.Contains(t.ResourceId)).ToList();
        var (page, next) = Paginator.Page(targets, input, "DescribeScalableTargets", 50, 50, "MaxResults");
        return new JsonObject
        {
            ["ScalableTargets"] = WireJson.Array(page.Select(t => new JsonObject
            {
                ["ServiceNamespace"] = "ecs",
                ["ResourceId"] = t.ResourceId,
                ["ScalableDimension"] = Dimension,
                ["MinCapacity"] = t.MinCapacity,
                ["MaxCapacity"] = t.MaxCapacity,
                ["RoleARN"] = $"arn:aws:iam::{_arns.AccountId}:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService",
                ["CreationTime"] = WireTime.Epoch(t.CreatedAt),
                ["SuspendedState"] = new JsonObject { ["DynamicScalingInSuspended"] = false, ["DynamicScalingOutSuspended"] = false, ["ScheduledScalingSuspended"] = false },
                ["ScalableTargetARN"] = t.Arn,
            })),
        }.With("NextToken", next);
    }

    private JsonObject DescribeScalingPolicies(SandboxState state, JsonInput input)
    {
        var names = input.StringList("PolicyNames");
        var resource = input.String("ResourceId");
        var policies = Targets(state, input)
            .Where(t => resource is null || t.ResourceId == resource)
            .SelectMany(t => t.Policies.Select(p => (Target: t, Policy: p)))
            .Where(x => names is null || names.Contains(x.Policy.Name))
            .ToList();
        var (page, next) = Paginator.Page(policies, input, $"DescribeScalingPolicies/{resource}", 50, 50, "MaxResults");
        return new JsonObject
        {
            ["ScalingPolicies"] = WireJson.Array(page.Select(x => new JsonObject
            {
                ["PolicyARN"] = x.Policy.Arn,
                ["PolicyName"] = x.Policy.Name,
                ["ServiceNamespace"] = "ecs",
                ["ResourceId"] = x.Target.ResourceId,
                ["ScalableDimension"] = Dimension,
                ["PolicyType"] = "TargetTrackingScaling",
                ["TargetTrackingScalingPolicyConfiguration"] = new JsonObject
                {
                    ["TargetValue"] = x.Policy.TargetValue,
                    ["PredefinedMetricSpecification"] = new JsonObject { ["PredefinedMetricType"] = x.Policy.MetricType }.With("ResourceLabel", x.Policy.ResourceLabel),
                    ["ScaleOutCooldown"] = x.Policy.ScaleOutCooldown,
                    ["ScaleInCooldown"] = x.Policy.ScaleInCooldown,
                    ["DisableScaleIn"] = false,
                },
                ["Alarms"] = WireJson.Array(x.Policy.AlarmNames.Select(a => new JsonObject
                {
                    ["AlarmName"] = a,
                    ["AlarmARN"] = $"arn:aws:cloudwatch:{_arns.Region}:{_arns.AccountId}:alarm:{a}",
                })),
                ["CreationTime"] = WireTime.Epoch(x.Policy.CreatedAt),
            })),
        }.With("NextToken", next);
    }

    private JsonObject DescribeScalingActivities(SandboxState state, JsonInput input)
    {
        var resource = input.String("ResourceId");
        var activities = Targets(state, input)
            .Where(t => resource is null || t.ResourceId == resource)
            .SelectMany(t => t.Activities.Select(a => (Target: t, Activity: a)))
            .OrderByDescending(x => x.Activity.StartTime)
            .ToList();
        var (page, next) = Paginator.Page(activities, input, $"DescribeScalingActivities/{resource}", 50, 50, "MaxResults");
        return new JsonObject
        {
            ["ScalingActivities"] = WireJson.Array(page.Select(x => new JsonObject
            {
                ["ActivityId"] = x.Activity.Id,
                ["ServiceNamespace"] = "ecs",
                ["ResourceId"] = x.Target.ResourceId,
                ["ScalableDimension"] = Dimension,
                ["Description"] = x.Activity.Description,
                ["Cause"] = x.Activity.Cause,
                ["StartTime"] = WireTime.Epoch(x.Activity.StartTime),
                ["EndTime"] = WireTime.Epoch(x.Activity.EndTime),
                ["StatusCode"] = x.Activity.StatusCode,
                ["StatusMessage"] = x.Activity.StatusMessage,
            })),
        }.With("NextToken", next);
    }

    /// <summary>The sandbox scales ECS services only; other namespaces have no targets.</summary>
    private static IEnumerable<ScalableTargetState> Targets(SandboxState state, JsonInput input)
    {
        var service = input.String("ServiceNamespace")
            ?? throw new SandboxApiException("ValidationException", "1 validation error detected: Value null at 'serviceNamespace' failed to satisfy constraint: Member must not be null");
        var dimension = input.String("ScalableDimension");
        return service == "ecs" && (dimension is null || dimension == Dimension) ? state.ScalableTargets : [];
    }
}
