namespace EcsConsole.Aws.ElasticLoadBalancing;

/// <summary>
/// Elastic Load Balancing v2: the reads behind a service's load balancer view and the creates/deletes of the service wizard. Singleton; uses the connection current at each
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

    /// <summary>The tags of up to 20 load balancers, target groups, listeners or rules (one answer, no paging).</summary>
    Task<DescribeTagsResponse> DescribeTagsAsync(DescribeTagsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Listeners of a load balancer, or by ARN, across pages.</summary>
    IAsyncEnumerable<Listener> DescribeListenersAsync(DescribeListenersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Rules of a listener, or by ARN, across pages.</summary>
    IAsyncEnumerable<Rule> DescribeRulesAsync(DescribeRulesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a load balancer (provisioning at first); DuplicateLoadBalancerName when the name is taken.</summary>
    Task<CreateLoadBalancerResponse> CreateLoadBalancerAsync(CreateLoadBalancerRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a target group; DuplicateTargetGroupName when the name is taken.</summary>
    Task<CreateTargetGroupResponse> CreateTargetGroupAsync(CreateTargetGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a listener on a load balancer; DuplicateListener when the port is taken.</summary>
    Task<CreateListenerResponse> CreateListenerAsync(CreateListenerRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a listener rule; PriorityInUse when the priority is taken on that listener.</summary>
    Task<CreateRuleResponse> CreateRuleAsync(CreateRuleRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a load balancer and its listeners.</summary>
    Task<DeleteLoadBalancerResponse> DeleteLoadBalancerAsync(DeleteLoadBalancerRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a target group; ResourceInUse while a listener or rule forwards to it.</summary>
    Task<DeleteTargetGroupResponse> DeleteTargetGroupAsync(DeleteTargetGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a listener and its rules.</summary>
    Task<DeleteListenerResponse> DeleteListenerAsync(DeleteListenerRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a (non-default) listener rule.</summary>
    Task<DeleteRuleResponse> DeleteRuleAsync(DeleteRuleRequest request, CancellationToken cancellationToken = default);
}
