using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ElasticLoadBalancing;

/// <summary>Input of Elastic Load Balancing v2 <c>DeleteLoadBalancer</c>.</summary>
public sealed record DeleteLoadBalancerRequest
{
    [JsonPropertyName("LoadBalancerArn")] public string LoadBalancerArn { get; init; } = "";
}

/// <summary>Output of Elastic Load Balancing v2 <c>DeleteLoadBalancer</c> (the model declares no members).</summary>
public sealed record DeleteLoadBalancerResponse;

/// <summary>Input of Elastic Load Balancing v2 <c>DeleteTargetGroup</c>.</summary>
public sealed record DeleteTargetGroupRequest
{
    [JsonPropertyName("TargetGroupArn")] public string TargetGroupArn { get; init; } = "";
}

/// <summary>Output of Elastic Load Balancing v2 <c>DeleteTargetGroup</c> (the model declares no members).</summary>
public sealed record DeleteTargetGroupResponse;

/// <summary>Input of Elastic Load Balancing v2 <c>DeleteListener</c>.</summary>
public sealed record DeleteListenerRequest
{
    [JsonPropertyName("ListenerArn")] public string ListenerArn { get; init; } = "";
}

/// <summary>Output of Elastic Load Balancing v2 <c>DeleteListener</c> (the model declares no members).</summary>
public sealed record DeleteListenerResponse;

/// <summary>Input of Elastic Load Balancing v2 <c>DeleteRule</c>.</summary>
public sealed record DeleteRuleRequest
{
    [JsonPropertyName("RuleArn")] public string RuleArn { get; init; } = "";
}

/// <summary>Output of Elastic Load Balancing v2 <c>DeleteRule</c> (the model declares no members).</summary>
public sealed record DeleteRuleResponse;
