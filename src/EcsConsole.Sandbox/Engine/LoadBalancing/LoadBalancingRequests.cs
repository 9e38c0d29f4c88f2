namespace EcsConsole.Sandbox.Engine.LoadBalancing;

/// <summary>A CreateLoadBalancer request as the sandbox reads it.</summary>
public sealed record LoadBalancerRequest(string Name, IReadOnlyList<string> Subnets, IReadOnlyList<string> SecurityGroups, string? Scheme, string? Type, string? IpAddressType, IReadOnlyDictionary<string, string> Tags);

/// <summary>A CreateTargetGroup request; nulls take AWS's defaults.</summary>
public sealed record TargetGroupRequest(
    string Name,
    string? Protocol,
    int? Port,
    string? VpcId,
    string? TargetType,
    string? HealthCheckProtocol,
    string? HealthCheckPort,
    string? HealthCheckPath,
    int? HealthCheckIntervalSeconds,
    int? HealthCheckTimeoutSeconds,
    int? HealthyThresholdCount,
    int? UnhealthyThresholdCount,
    string? Matcher,
    IReadOnlyDictionary<string, string>? Tags = null);

/// <summary>A CreateListener request.</summary>
public sealed record ListenerRequest(string LoadBalancerArn, string? Protocol, int? Port, IReadOnlyList<string> CertificateArns, string? SslPolicy, IReadOnlyList<RuleAction> DefaultActions);

/// <summary>A CreateRule request.</summary>
public sealed record RuleRequest(string ListenerArn, int? Priority, IReadOnlyList<RuleConditionState> Conditions, IReadOnlyList<RuleAction> Actions);
