namespace EcsConsole.Aws.ElasticLoadBalancing;

/// <summary>
/// Elastic Load Balancing v2 reads behind a service's load balancer view. Singleton; uses the connection current at each
/// call. List methods follow <c>Marker</c>/<c>NextMarker</c> lazily: stop enumerating to stop paging;
/// <c>request.Marker</c> is the starting page. Failures surface as <see cref="AwsServiceException"/> after the standard retries.
/// </summary>
public interface IElbv2Client
{
    /// <summary>Load balancers by ARN or name (at most 20 of either), or all of them, across pages.</summary>
    IAsyncEnumerable<LoadBalancer> DescribeLoadBalancersAsync(DescribeLoadBalancersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Target groups of a load balancer, by ARN or name, or all, across pages.</summary>
    IAsyncEnumerable<TargetGroup> DescribeTargetGroupsAsync(DescribeTargetGroupsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Health of the targets of one target group (not paged).</summary>
    Task<DescribeTargetHealthResponse> DescribeTargetHealthAsync(DescribeTargetHealthRequest request, CancellationToken cancellationToken = default);

    /// <summary>Listeners of a load balancer, or by ARN, across pages.</summary>
    IAsyncEnumerable<Listener> DescribeListenersAsync(DescribeListenersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Rules of a listener, or by ARN, across pages.</summary>
    IAsyncEnumerable<Rule> DescribeRulesAsync(DescribeRulesRequest request, CancellationToken cancellationToken = default);
}
