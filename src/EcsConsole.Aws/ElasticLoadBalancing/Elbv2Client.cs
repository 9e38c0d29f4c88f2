using EcsConsole.Aws.Query;

namespace EcsConsole.Aws.ElasticLoadBalancing;

/// <summary>Elastic Load Balancing v2 over AWS Query: records go out as form parameters and come back from XML through <see cref="Elbv2QueryShapes"/>.</summary>
public sealed class Elbv2Client : IElbv2Client
{
    private readonly AwsQueryClient _query;

    public Elbv2Client(AwsQueryClient query)
    {
        _query = query;
    }

    public IAsyncEnumerable<LoadBalancer> DescribeLoadBalancersAsync(DescribeLoadBalancersRequest request, CancellationToken cancellationToken = default) =>
        PageAsync<DescribeLoadBalancersRequest, DescribeLoadBalancersResponse, LoadBalancer>(
            "DescribeLoadBalancers", Elbv2QueryShapes.DescribeLoadBalancersInput, request, Elbv2QueryShapes.DescribeLoadBalancersOutput,
            page => page.LoadBalancers, page => page.NextMarker, (r, marker) => r with { Marker = marker }, cancellationToken);

    public IAsyncEnumerable<TargetGroup> DescribeTargetGroupsAsync(DescribeTargetGroupsRequest request, CancellationToken cancellationToken = default) =>
        PageAsync<DescribeTargetGroupsRequest, DescribeTargetGroupsResponse, TargetGroup>(
            "DescribeTargetGroups", Elbv2QueryShapes.DescribeTargetGroupsInput, request, Elbv2QueryShapes.DescribeTargetGroupsOutput,
            page => page.TargetGroups, page => page.NextMarker, (r, marker) => r with { Marker = marker }, cancellationToken);

    public Task<DescribeTargetHealthResponse> DescribeTargetHealthAsync(DescribeTargetHealthRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.TargetGroupArn))
        {
            throw new ArgumentException("DescribeTargetHealth needs a target group ARN.", nameof(request));
        }

        return _query.InvokeAsync<DescribeTargetHealthRequest, DescribeTargetHealthResponse>(
            AwsServices.ElasticLoadBalancingV2, "DescribeTargetHealth", Elbv2QueryShapes.DescribeTargetHealthInput, request,
            Elbv2QueryShapes.DescribeTargetHealthOutput, cancellationToken);
    }

    public IAsyncEnumerable<Listener> DescribeListenersAsync(DescribeListenersRequest request, CancellationToken cancellationToken = default) =>
        PageAsync<DescribeListenersRequest, DescribeListenersResponse, Listener>(
            "DescribeListeners", Elbv2QueryShapes.DescribeListenersInput, request, Elbv2QueryShapes.DescribeListenersOutput,
            page => page.Listeners, page => page.NextMarker, (r, marker) => r with { Marker = marker }, cancellationToken);

    public IAsyncEnumerable<Rule> DescribeRulesAsync(DescribeRulesRequest request, CancellationToken cancellationToken = default) =>
        PageAsync<DescribeRulesRequest, DescribeRulesResponse, Rule>(
            "DescribeRules", Elbv2QueryShapes.DescribeRulesInput, request, Elbv2QueryShapes.DescribeRulesOutput,
            page => page.Rules, page => page.NextMarker, (r, marker) => r with { Marker = marker }, cancellationToken);

    public Task<DescribeTagsResponse> DescribeTagsAsync(DescribeTagsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ResourceArns.Count is 0 or > 20)
        {
            throw new ArgumentException($"DescribeTags takes 1 to 20 resource ARNs, not {request.ResourceArns.Count}.", nameof(request));
        }

        return _query.InvokeAsync<DescribeTagsRequest, DescribeTagsResponse>(
            AwsServices.ElasticLoadBalancingV2, "DescribeTags", Elbv2QueryShapes.DescribeTagsInput, request, Elbv2QueryShapes.DescribeTagsOutput, cancellationToken);
    }

    public Task<CreateLoadBalancerResponse> CreateLoadBalancerAsync(CreateLoadBalancerRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<CreateLoadBalancerRequest, CreateLoadBalancerResponse>(
            "CreateLoadBalancer", Elbv2WriteQueryShapes.CreateLoadBalancerInput, Require(request, request.Name, "a name"), Elbv2WriteQueryShapes.CreateLoadBalancerOutput, cancellationToken);

    public Task<CreateTargetGroupResponse> CreateTargetGroupAsync(CreateTargetGroupRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<CreateTargetGroupRequest, CreateTargetGroupResponse>(
            "CreateTargetGroup", Elbv2WriteQueryShapes.CreateTargetGroupInput, Require(request, request.Name, "a name"), Elbv2WriteQueryShapes.CreateTargetGroupOutput, cancellationToken);

    public Task<CreateListenerResponse> CreateListenerAsync(CreateListenerRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<CreateListenerRequest, CreateListenerResponse>(
            "CreateListener", Elbv2WriteQueryShapes.CreateListenerInput, Require(request, request.LoadBalancerArn, "a load balancer ARN"), Elbv2WriteQueryShapes.CreateListenerOutput, cancellationToken);

    public Task<CreateRuleResponse> CreateRuleAsync(CreateRuleRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<CreateRuleRequest, CreateRuleResponse>(
            "CreateRule", Elbv2WriteQueryShapes.CreateRuleInput, Require(request, request.ListenerArn, "a listener ARN"), Elbv2WriteQueryShapes.CreateRuleOutput, cancellationToken);

    public Task<DeleteLoadBalancerResponse> DeleteLoadBalancerAsync(DeleteLoadBalancerRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DeleteLoadBalancerRequest, DeleteLoadBalancerResponse>(
            "DeleteLoadBalancer", Elbv2WriteQueryShapes.DeleteLoadBalancerInput, Require(request, request.LoadBalancerArn, "a load balancer ARN"), Elbv2WriteQueryShapes.NoOutput, cancellationToken);

    public Task<DeleteTargetGroupResponse> DeleteTargetGroupAsync(DeleteTargetGroupRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DeleteTargetGroupRequest, DeleteTargetGroupResponse>(
            "DeleteTargetGroup", Elbv2WriteQueryShapes.DeleteTargetGroupInput, Require(request, request.TargetGroupArn, "a target group ARN"), Elbv2WriteQueryShapes.NoOutput, cancellationToken);

    public Task<DeleteListenerResponse> DeleteListenerAsync(DeleteListenerRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DeleteListenerRequest, DeleteListenerResponse>(
            "DeleteListener", Elbv2WriteQueryShapes.DeleteListenerInput, Require(request, request.ListenerArn, "a listener ARN"), Elbv2WriteQueryShapes.NoOutput, cancellationToken);

    public Task<DeleteRuleResponse> DeleteRuleAsync(DeleteRuleRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DeleteRuleRequest, DeleteRuleResponse>(
            "DeleteRule", Elbv2WriteQueryShapes.DeleteRuleInput, Require(request, request.RuleArn, "a rule ARN"), Elbv2WriteQueryShapes.NoOutput, cancellationToken);

    private static TRequest Require<TRequest>(TRequest request, string value, string what) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{typeof(TRequest).Name[..^"Request".Length]} needs {what}.", nameof(request))
            : request;

    private Task<TResponse> InvokeAsync<TRequest, TResponse>(string operation, QueryShape input, TRequest request, QueryShape output, CancellationToken cancellationToken) =>
        _query.InvokeAsync<TRequest, TResponse>(AwsServices.ElasticLoadBalancingV2, operation, input, request, output, cancellationToken);

    private IAsyncEnumerable<TItem> PageAsync<TRequest, TResponse, TItem>(
        string operation,
        QueryShape inputShape,
        TRequest request,
        QueryShape outputShape,
        Func<TResponse, IReadOnlyList<TItem>?> items,
        Func<TResponse, string?> nextMarker,
        Func<TRequest, string?, TRequest> withMarker,
        CancellationToken cancellationToken) =>
        AwsQueryPaging.PageAsync(_query, AwsServices.ElasticLoadBalancingV2, operation, inputShape, request, outputShape, items, nextMarker, withMarker, cancellationToken);
}
