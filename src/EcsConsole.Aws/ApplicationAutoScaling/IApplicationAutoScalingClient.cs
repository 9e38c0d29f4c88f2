namespace EcsConsole.Aws.ApplicationAutoScaling;

/// <summary>
/// Application Auto Scaling: reads for a service's scaling view and the target/policy writes of the service wizard (ServiceNamespace <c>ecs</c>, ResourceId
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

    /// <summary>Registers (or updates) a scalable target; ValidationException when min exceeds max or the resource does not exist.</summary>
    Task<RegisterScalableTargetResponse> RegisterScalableTargetAsync(RegisterScalableTargetRequest request, CancellationToken cancellationToken = default);

    /// <summary>A scalable target's tags, by its ARN.</summary>
    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deregisters a scalable target and deletes its scaling policies; ObjectNotFoundException when it is not registered.</summary>
    Task<DeregisterScalableTargetResponse> DeregisterScalableTargetAsync(DeregisterScalableTargetRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a scaling policy of a registered target; ObjectNotFoundException when the target is not registered.</summary>
    Task<PutScalingPolicyResponse> PutScalingPolicyAsync(PutScalingPolicyRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a scaling policy and its alarms; ObjectNotFoundException when there is none of that name.</summary>
    Task<DeleteScalingPolicyResponse> DeleteScalingPolicyAsync(DeleteScalingPolicyRequest request, CancellationToken cancellationToken = default);
}
