using EcsConsole.Aws;
using EcsConsole.Aws.ApplicationAutoScaling;
using EcsConsole.Core.Wizards.Export.CloudFormation;
using static EcsConsole.Core.Wizards.WizardCallJson;

namespace EcsConsole.Core.Wizards.ApplicationAutoScaling;

/// <summary>
/// Sends the Service wizard's Application Auto Scaling calls through <see cref="IApplicationAutoScalingClient"/>.
/// Existence: the scalable target of the resource (DescribeScalableTargets) with the planned min/max, and the policy of the
/// planned name (DescribeScalingPolicies) tracking the planned metric and value, are skipped; other settings stop the run
/// with what to change, so a rollback never removes scaling somebody else set up. Responses: RegisterScalableTarget
/// <c>{ScalableTargetARN}</c>, PutScalingPolicy <c>{PolicyARN, Alarms}</c>. Undo deregisters / deletes; gone counts as undone.
/// </summary>
public sealed class ApplicationAutoScalingCallExecutor(IApplicationAutoScalingClient scaling) : TableCallExecutor<ApplicationAutoScalingCallExecutor>(Table)
{
    // A field, so the table's rows can reach the client of the executor they are given.
    private readonly IApplicationAutoScalingClient _scaling = scaling;

    public static WizardOperationTable<ApplicationAutoScalingCallExecutor> Table { get; } = new("application-autoscaling", "Application Auto Scaling",
    [
        new("RegisterScalableTarget",
            (e, call, ct) => e.CheckTargetAsync(call, Body<RegisterScalableTargetRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var target = await e._scaling.RegisterScalableTargetAsync(Body<RegisterScalableTargetRequest>(call.Body, call.Operation), ct);
                return new CallResult(target.ScalableTargetARN, Node(target));
            },
            new("DeregisterScalableTarget", (e, undo, ct) => e._scaling.DeregisterScalableTargetAsync(Body<DeregisterScalableTargetRequest>(undo.Body, undo.Operation), ct)),
            ApplicationAutoScalingCloudFormationMapper.ScalableTarget, WizardCliGuard.None),
        new("PutScalingPolicy",
            (e, call, ct) => e.CheckPolicyAsync(Body<PutScalingPolicyRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var policy = await e._scaling.PutScalingPolicyAsync(Body<PutScalingPolicyRequest>(call.Body, call.Operation), ct);
                return new CallResult(policy.PolicyARN, Node(policy));
            },
            new("DeleteScalingPolicy", (e, undo, ct) => e._scaling.DeleteScalingPolicyAsync(Body<DeleteScalingPolicyRequest>(undo.Body, undo.Operation), ct)),
            ApplicationAutoScalingCloudFormationMapper.ScalingPolicy, WizardCliGuard.None),
    ],
    // Deregistered or deleted already (a deregistered target takes its policies with it).
    error => error.ErrorCode == "ObjectNotFoundException");

    private async Task<ExistenceCheckResult> CheckTargetAsync(PlannedCall call, RegisterScalableTargetRequest request, CancellationToken cancellationToken)
    {
        ScalableTarget? existing = null;
        await foreach (var target in _scaling.DescribeScalableTargetsAsync(new DescribeScalableTargetsRequest
        {
            ServiceNamespace = request.ServiceNamespace,
            ResourceIds = [request.ResourceId],
            ScalableDimension = request.ScalableDimension,
        }, cancellationToken))
        {
            existing = target;
            break;
        }

        if (existing is null)
        {
            return ExistenceCheckResult.Missing;
        }

        if (existing.MinCapacity != request.MinCapacity || existing.MaxCapacity != request.MaxCapacity)
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"{request.ResourceId} already scales between {existing.MinCapacity} and {existing.MaxCapacity} tasks, not {request.MinCapacity} and {request.MaxCapacity}. Use those limits, or deregister its scalable target first.");
        }

        var result = new ExistenceCheckResult(ExistenceState.Exists, $"scalable target {request.ResourceId} exists ({existing.MinCapacity}-{existing.MaxCapacity} tasks)")
        {
            Response = Node(new RegisterScalableTargetResponse { ScalableTargetARN = existing.ScalableTargetARN }),
        };
        if (RunTags.RunIdOf(call) is null || string.IsNullOrEmpty(existing.ScalableTargetARN))
        {
            return result;
        }

        // This run's or not, told by the target's ecsconsole:run tag.
        var tags = await _scaling.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceARN = existing.ScalableTargetARN }, cancellationToken);
        return RunTags.Owned(result, call, (tags.Tags ?? new Dictionary<string, string>()).Select(t => new KeyValuePair<string, string?>(t.Key, t.Value)));
    }

    private async Task<ExistenceCheckResult> CheckPolicyAsync(PutScalingPolicyRequest request, CancellationToken cancellationToken)
    {
        ScalingPolicy? existing = null;
        await foreach (var policy in _scaling.DescribeScalingPoliciesAsync(new DescribeScalingPoliciesRequest
        {
            ServiceNamespace = request.ServiceNamespace,
            ResourceId = request.ResourceId,
            ScalableDimension = request.ScalableDimension,
            PolicyNames = [request.PolicyName],
        }, cancellationToken))
        {
            existing = policy;
            break;
        }

        if (existing is null)
        {
            return ExistenceCheckResult.Missing;
        }

        var planned = request.TargetTrackingScalingPolicyConfiguration;
        var actual = existing.TargetTrackingScalingPolicyConfiguration;
        if (planned?.PredefinedMetricSpecification?.PredefinedMetricType != actual?.PredefinedMetricSpecification?.PredefinedMetricType || planned?.TargetValue != actual?.TargetValue)
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"Scaling policy {request.PolicyName} of {request.ResourceId} already tracks {actual?.PredefinedMetricSpecification?.PredefinedMetricType} at {actual?.TargetValue}, not {planned?.PredefinedMetricSpecification?.PredefinedMetricType} at {planned?.TargetValue}. Delete that policy first, or keep its settings.");
        }

        return new ExistenceCheckResult(ExistenceState.Exists, $"scaling policy {request.PolicyName} exists ({existing.PolicyARN})")
        {
            Response = Node(new PutScalingPolicyResponse { PolicyARN = existing.PolicyARN, Alarms = existing.Alarms }),
        };
    }
}
