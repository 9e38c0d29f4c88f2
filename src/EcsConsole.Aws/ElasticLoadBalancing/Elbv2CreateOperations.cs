using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ElasticLoadBalancing;

/// <summary>Elastic Load Balancing v2 model shape <c>Tag</c>.</summary>
public sealed record Elbv2Tag
{
    [JsonPropertyName("Key")] public string Key { get; init; } = "";
    [JsonPropertyName("Value")] public string? Value { get; init; }
}

/// <summary>Input of Elastic Load Balancing v2 <c>CreateLoadBalancer</c>.</summary>
public sealed record CreateLoadBalancerRequest
{
    [JsonPropertyName("Name")] public string Name { get; init; } = "";
    [JsonPropertyName("Subnets")] public IReadOnlyList<string>? Subnets { get; init; }
    [JsonPropertyName("SecurityGroups")] public IReadOnlyList<string>? SecurityGroups { get; init; }
    /// <summary>internet-facing, internal.</summary>
    [JsonPropertyName("Scheme")] public string? Scheme { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<Elbv2Tag>? Tags { get; init; }
    /// <summary>application, network, gateway.</summary>
    [JsonPropertyName("Type")] public string? Type { get; init; }
    /// <summary>ipv4, dualstack, dualstack-without-public-ipv4.</summary>
    [JsonPropertyName("IpAddressType")] public string? IpAddressType { get; init; }
}

/// <summary>Output of Elastic Load Balancing v2 <c>CreateLoadBalancer</c>.</summary>
public sealed record CreateLoadBalancerResponse
{
    [JsonPropertyName("LoadBalancers")] public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }
}

/// <summary>Input of Elastic Load Balancing v2 <c>CreateTargetGroup</c>.</summary>
public sealed record CreateTargetGroupRequest
{
    [JsonPropertyName("Name")] public string Name { get; init; } = "";
    /// <summary>HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP...</summary>
    [JsonPropertyName("Protocol")] public string? Protocol { get; init; }
    [JsonPropertyName("ProtocolVersion")] public string? ProtocolVersion { get; init; }
    [JsonPropertyName("Port")] public int? Port { get; init; }
    [JsonPropertyName("VpcId")] public string? VpcId { get; init; }
    [JsonPropertyName("HealthCheckProtocol")] public string? HealthCheckProtocol { get; init; }
    [JsonPropertyName("HealthCheckPort")] public string? HealthCheckPort { get; init; }
    [JsonPropertyName("HealthCheckEnabled")] public bool? HealthCheckEnabled { get; init; }
    [JsonPropertyName("HealthCheckPath")] public string? HealthCheckPath { get; init; }
    [JsonPropertyName("HealthCheckIntervalSeconds")] public int? HealthCheckIntervalSeconds { get; init; }
    [JsonPropertyName("HealthCheckTimeoutSeconds")] public int? HealthCheckTimeoutSeconds { get; init; }
    [JsonPropertyName("HealthyThresholdCount")] public int? HealthyThresholdCount { get; init; }
    [JsonPropertyName("UnhealthyThresholdCount")] public int? UnhealthyThresholdCount { get; init; }
    [JsonPropertyName("Matcher")] public Matcher? Matcher { get; init; }
    /// <summary>instance, ip, lambda, alb.</summary>
    [JsonPropertyName("TargetType")] public string? TargetType { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<Elbv2Tag>? Tags { get; init; }
    [JsonPropertyName("IpAddressType")] public string? IpAddressType { get; init; }
}

/// <summary>Output of Elastic Load Balancing v2 <c>CreateTargetGroup</c>.</summary>
public sealed record CreateTargetGroupResponse
{
    [JsonPropertyName("TargetGroups")] public IReadOnlyList<TargetGroup>? TargetGroups { get; init; }
}

/// <summary>Input of Elastic Load Balancing v2 <c>CreateListener</c>.</summary>
public sealed record CreateListenerRequest
{
    [JsonPropertyName("LoadBalancerArn")] public string LoadBalancerArn { get; init; } = "";
    [JsonPropertyName("Protocol")] public string? Protocol { get; init; }
    [JsonPropertyName("Port")] public int? Port { get; init; }
    [JsonPropertyName("SslPolicy")] public string? SslPolicy { get; init; }
    [JsonPropertyName("Certificates")] public IReadOnlyList<Certificate>? Certificates { get; init; }
    [JsonPropertyName("DefaultActions")] public IReadOnlyList<ListenerAction> DefaultActions { get; init; } = [];
    [JsonPropertyName("Tags")] public IReadOnlyList<Elbv2Tag>? Tags { get; init; }
}

/// <summary>Output of Elastic Load Balancing v2 <c>CreateListener</c>.</summary>
public sealed record CreateListenerResponse
{
    [JsonPropertyName("Listeners")] public IReadOnlyList<Listener>? Listeners { get; init; }
}

/// <summary>Input of Elastic Load Balancing v2 <c>CreateRule</c>.</summary>
public sealed record CreateRuleRequest
{
    [JsonPropertyName("ListenerArn")] public string ListenerArn { get; init; } = "";
    [JsonPropertyName("Conditions")] public IReadOnlyList<RuleCondition> Conditions { get; init; } = [];
    [JsonPropertyName("Priority")] public int Priority { get; init; }
    [JsonPropertyName("Actions")] public IReadOnlyList<ListenerAction> Actions { get; init; } = [];
    [JsonPropertyName("Tags")] public IReadOnlyList<Elbv2Tag>? Tags { get; init; }
}

/// <summary>Output of Elastic Load Balancing v2 <c>CreateRule</c>.</summary>
public sealed record CreateRuleResponse
{
    [JsonPropertyName("Rules")] public IReadOnlyList<Rule>? Rules { get; init; }
}
