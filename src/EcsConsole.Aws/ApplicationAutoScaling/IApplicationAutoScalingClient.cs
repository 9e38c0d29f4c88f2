namespace EcsConsole.Aws.ApplicationAutoScaling;

/// <summary>
/// Application Auto Scaling reads for a service's scaling view (ServiceNamespace <c>ecs</c>, ResourceId
/// <c>service/{cluster}/{service}</c>). Singleton; paging is lazy; failures surface as <see cref="AwsServiceException"/>.
/// </summary>
public interface IApplicationAutoScalingClient
{
    /// <summary>Scalable targets across pages.</summary>
    IAsyncEnumerable<ScalableTarget> DescribeScalableTargetsAsync(DescribeScalableTargetsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Scaling policies across pages.</summary>
    IAsyncEnumerable<ScalingPolicy> DescribeScalingPoliciesAsync(DescribeScalingPoliciesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Scaling activities across pages, newest first as the service returns them.</summary>
    IAsyncEnumerable<ScalingActivity> DescribeScalingActivitiesAsync(DescribeScalingActivitiesRequest request, CancellationToken cancellationToken = default);
}
