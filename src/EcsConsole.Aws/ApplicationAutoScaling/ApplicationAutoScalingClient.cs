using EcsConsole.Aws.Json;

namespace EcsConsole.Aws.ApplicationAutoScaling;

/// <summary>Application Auto Scaling over AWS JSON 1.1.</summary>
public sealed class ApplicationAutoScalingClient : IApplicationAutoScalingClient
{
    private readonly AwsJsonClient json;

    public ApplicationAutoScalingClient(AwsJsonClient json)
    {
        this.json = json;
    }

    public IAsyncEnumerable<ScalableTarget> DescribeScalableTargetsAsync(DescribeScalableTargetsRequest request, CancellationToken cancellationToken = default)
    {
        RequireNamespace(request.ServiceNamespace, nameof(request));
        return AwsJsonPaging.PageAsync<DescribeScalableTargetsRequest, DescribeScalableTargetsResponse, ScalableTarget>(
            json, AwsServices.ApplicationAutoScaling, "DescribeScalableTargets", request, page => page.ScalableTargets, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);
    }

    public IAsyncEnumerable<ScalingPolicy> DescribeScalingPoliciesAsync(DescribeScalingPoliciesRequest request, CancellationToken cancellationToken = default)
    {
        RequireNamespace(request.ServiceNamespace, nameof(request));
        return AwsJsonPaging.PageAsync<DescribeScalingPoliciesRequest, DescribeScalingPoliciesResponse, ScalingPolicy>(
            json, AwsServices.ApplicationAutoScaling, "DescribeScalingPolicies", request, page => page.ScalingPolicies, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);
    }

    public IAsyncEnumerable<ScalingActivity> DescribeScalingActivitiesAsync(DescribeScalingActivitiesRequest request, CancellationToken cancellationToken = default)
    {
        RequireNamespace(request.ServiceNamespace, nameof(request));
        return AwsJsonPaging.PageAsync<DescribeScalingActivitiesRequest, DescribeScalingActivitiesResponse, ScalingActivity>(
            json, AwsServices.ApplicationAutoScaling, "DescribeScalingActivities", request, page => page.ScalingActivities, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);
    }

    private static void RequireNamespace(string serviceNamespace, string parameter)
    {
        if (string.IsNullOrWhiteSpace(serviceNamespace))
        {
            throw new ArgumentException("Application Auto Scaling needs a service namespace (ecs for ECS services).", parameter);
        }
    }
}
