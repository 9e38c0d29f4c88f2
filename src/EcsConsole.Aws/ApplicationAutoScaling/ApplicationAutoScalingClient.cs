using EcsConsole.Aws.Json;

namespace EcsConsole.Aws.ApplicationAutoScaling;

/// <summary>Application Auto Scaling over AWS JSON 1.1.</summary>
public sealed class ApplicationAutoScalingClient : IApplicationAutoScalingClient
{
    private readonly AwsJsonClient _json;

    public ApplicationAutoScalingClient(AwsJsonClient json)
    {
        _json = json;
    }

    public IAsyncEnumerable<ScalableTarget> DescribeScalableTargetsAsync(DescribeScalableTargetsRequest request, CancellationToken cancellationToken = default)
    {
        RequireNamespace(request.ServiceNamespace, nameof(request));
        return AwsJsonPaging.PageAsync<DescribeScalableTargetsRequest, DescribeScalableTargetsResponse, ScalableTarget>(
            _json, AwsServices.ApplicationAutoScaling, "DescribeScalableTargets", request, page => page.ScalableTargets, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);
    }

    public IAsyncEnumerable<ScalingPolicy> DescribeScalingPoliciesAsync(DescribeScalingPoliciesRequest request, CancellationToken cancellationToken = default)
    {
        RequireNamespace(request.ServiceNamespace, nameof(request));
        return AwsJsonPaging.PageAsync<DescribeScalingPoliciesRequest, DescribeScalingPoliciesResponse, ScalingPolicy>(
            _json, AwsServices.ApplicationAutoScaling, "DescribeScalingPolicies", request, page => page.ScalingPolicies, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);
    }

    public IAsyncEnumerable<ScalingActivity> DescribeScalingActivitiesAsync(DescribeScalingActivitiesRequest request, CancellationToken cancellationToken = default)
    {
        RequireNamespace(request.ServiceNamespace, nameof(request));
        return AwsJsonPaging.PageAsync<DescribeScalingActivitiesRequest, DescribeScalingActivitiesResponse, ScalingActivity>(
            _json, AwsServices.ApplicationAutoScaling, "DescribeScalingActivities", request, page => page.ScalingActivities, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);
    }

    public Task<RegisterScalableTargetResponse> RegisterScalableTargetAsync(RegisterScalableTargetRequest request, CancellationToken cancellationToken = default)
    {
        RequireTarget(request.ServiceNamespace, request.ResourceId, request.ScalableDimension, nameof(request));
        return _json.InvokeAsync<RegisterScalableTargetRequest, RegisterScalableTargetResponse>(
            AwsServices.ApplicationAutoScaling, "RegisterScalableTarget", request, cancellationToken);
    }

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.ResourceARN))
        {
            throw new ArgumentException("ListTagsForResource needs the scalable target's ARN (ScalableTargetARN of DescribeScalableTargets).", nameof(request));
        }

        return _json.InvokeAsync<ListTagsForResourceRequest, ListTagsForResourceResponse>(
            AwsServices.ApplicationAutoScaling, "ListTagsForResource", request, cancellationToken);
    }

    public Task<DeregisterScalableTargetResponse> DeregisterScalableTargetAsync(DeregisterScalableTargetRequest request, CancellationToken cancellationToken = default)
    {
        RequireTarget(request.ServiceNamespace, request.ResourceId, request.ScalableDimension, nameof(request));
        return _json.InvokeAsync<DeregisterScalableTargetRequest, DeregisterScalableTargetResponse>(
            AwsServices.ApplicationAutoScaling, "DeregisterScalableTarget", request, cancellationToken);
    }

    public Task<PutScalingPolicyResponse> PutScalingPolicyAsync(PutScalingPolicyRequest request, CancellationToken cancellationToken = default)
    {
        RequireTarget(request.ServiceNamespace, request.ResourceId, request.ScalableDimension, nameof(request));
        RequirePolicyName(request.PolicyName, nameof(request));
        return _json.InvokeAsync<PutScalingPolicyRequest, PutScalingPolicyResponse>(
            AwsServices.ApplicationAutoScaling, "PutScalingPolicy", request, cancellationToken);
    }

    public Task<DeleteScalingPolicyResponse> DeleteScalingPolicyAsync(DeleteScalingPolicyRequest request, CancellationToken cancellationToken = default)
    {
        RequireTarget(request.ServiceNamespace, request.ResourceId, request.ScalableDimension, nameof(request));
        RequirePolicyName(request.PolicyName, nameof(request));
        return _json.InvokeAsync<DeleteScalingPolicyRequest, DeleteScalingPolicyResponse>(
            AwsServices.ApplicationAutoScaling, "DeleteScalingPolicy", request, cancellationToken);
    }

    private static void RequireTarget(string serviceNamespace, string resourceId, string dimension, string parameter)
    {
        RequireNamespace(serviceNamespace, parameter);
        if (string.IsNullOrWhiteSpace(resourceId) || string.IsNullOrWhiteSpace(dimension))
        {
            throw new ArgumentException("Application Auto Scaling needs a resource id (service/{cluster}/{service}) and a scalable dimension (ecs:service:DesiredCount).", parameter);
        }
    }

    private static void RequirePolicyName(string policyName, string parameter)
    {
        if (string.IsNullOrWhiteSpace(policyName))
        {
            throw new ArgumentException("A scaling policy needs a name.", parameter);
        }
    }

    private static void RequireNamespace(string serviceNamespace, string parameter)
    {
        if (string.IsNullOrWhiteSpace(serviceNamespace))
        {
            throw new ArgumentException("Application Auto Scaling needs a service namespace (ecs for ECS services).", parameter);
        }
    }
}
