using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ElasticLoadBalancing;

/// <summary>Input of Elastic Load Balancing v2 <c>DescribeLoadBalancers</c>.</summary>
public sealed record DescribeLoadBalancersRequest
{
    [JsonPropertyName("LoadBalancerArns")] public IReadOnlyList<string>? LoadBalancerArns { get; init; }
    [JsonPropertyName("Names")] public IReadOnlyList<string>? Names { get; init; }
    [JsonPropertyName("Marker")] public string? Marker { get; init; }
    [JsonPropertyName("PageSize")] public int? PageSize { get; init; }
}

/// <summary>Output of Elastic Load Balancing v2 <c>DescribeLoadBalancers</c>.</summary>
public sealed record DescribeLoadBalancersResponse
{
    [JsonPropertyName("LoadBalancers")] public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }
    [JsonPropertyName("NextMarker")] public string? NextMarker { get; init; }
}

/// <summary>Input of Elastic Load Balancing v2 <c>DescribeTargetGroups</c>.</summary>
public sealed record DescribeTargetGroupsRequest
{
    [JsonPropertyName("LoadBalancerArn")] public string? LoadBalancerArn { get; init; }
    [JsonPropertyName("TargetGroupArns")] public IReadOnlyList<string>? TargetGroupArns { get; init; }
    [JsonPropertyName("Names")] public IReadOnlyList<string>? Names { get; init; }
    [JsonPropertyName("Marker")] public string? Marker { get; init; }
    [JsonPropertyName("PageSize")] public int? PageSize { get; init; }
}

/// <summary>Output of Elastic Load Balancing v2 <c>DescribeTargetGroups</c>.</summary>
public sealed record DescribeTargetGroupsResponse
{
    [JsonPropertyName("TargetGroups")] public IReadOnlyList<TargetGroup>? TargetGroups { get; init; }
    [JsonPropertyName("NextMarker")] public string? NextMarker { get; init; }
}

/// <summary>Input of Elastic Load Balancing v2 <c>DescribeTargetHealth</c>.</summary>
public sealed record DescribeTargetHealthRequest
{
    [JsonPropertyName("TargetGroupArn")] public string TargetGroupArn { get; init; } = "";
    [JsonPropertyName("Targets")] public IReadOnlyList<TargetDescription>? Targets { get; init; }
    [JsonPropertyName("Include")] public IReadOnlyList<string>? Include { get; init; }
}

/// <summary>Output of Elastic Load Balancing v2 <c>DescribeTargetHealth</c>.</summary>
public sealed record DescribeTargetHealthResponse
{
    [JsonPropertyName("TargetHealthDescriptions")] public IReadOnlyList<TargetHealthDescription>? TargetHealthDescriptions { get; init; }
}

/// <summary>Input of Elastic Load Balancing v2 <c>DescribeListeners</c>.</summary>
public sealed record DescribeListenersRequest
{
    [JsonPropertyName("LoadBalancerArn")] public string? LoadBalancerArn { get; init; }
    [JsonPropertyName("ListenerArns")] public IReadOnlyList<string>? ListenerArns { get; init; }
    [JsonPropertyName("Marker")] public string? Marker { get; init; }
    [JsonPropertyName("PageSize")] public int? PageSize { get; init; }
}

/// <summary>Output of Elastic Load Balancing v2 <c>DescribeListeners</c>.</summary>
public sealed record DescribeListenersResponse
{
    [JsonPropertyName("Listeners")] public IReadOnlyList<Listener>? Listeners { get; init; }
    [JsonPropertyName("NextMarker")] public string? NextMarker { get; init; }
}

/// <summary>Input of Elastic Load Balancing v2 <c>DescribeRules</c>.</summary>
public sealed record DescribeRulesRequest
{
    [JsonPropertyName("ListenerArn")] public string? ListenerArn { get; init; }
    [JsonPropertyName("RuleArns")] public IReadOnlyList<string>? RuleArns { get; init; }
    [JsonPropertyName("Marker")] public string? Marker { get; init; }
    [JsonPropertyName("PageSize")] public int? PageSize { get; init; }
}

/// <summary>Output of Elastic Load Balancing v2 <c>DescribeRules</c>.</summary>
public sealed record DescribeRulesResponse
{
    [JsonPropertyName("Rules")] public IReadOnlyList<Rule>? Rules { get; init; }
    [JsonPropertyName("NextMarker")] public string? NextMarker { get; init; }
}

/// <summary>Input of Elastic Load Balancing v2 <c>DescribeTags</c>: at most 20 load balancer, target group, listener or rule ARNs.</summary>
public sealed record DescribeTagsRequest
{
    [JsonPropertyName("ResourceArns")] public IReadOnlyList<string> ResourceArns { get; init; } = [];
}

/// <summary>Output of Elastic Load Balancing v2 <c>DescribeTags</c>.</summary>
public sealed record DescribeTagsResponse
{
    [JsonPropertyName("TagDescriptions")] public IReadOnlyList<TagDescription>? TagDescriptions { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>TagDescription</c>: one resource's tags.</summary>
public sealed record TagDescription
{
    [JsonPropertyName("ResourceArn")] public string? ResourceArn { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<Elbv2Tag>? Tags { get; init; }
}
