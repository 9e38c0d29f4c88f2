using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>ECSManagedResources</c>.</summary>
public sealed record EcsManagedResources
{
    [JsonPropertyName("ingressPaths")] public IReadOnlyList<ManagedIngressPath>? IngressPaths { get; init; }
    [JsonPropertyName("autoScaling")] public ManagedAutoScaling? AutoScaling { get; init; }
    [JsonPropertyName("metricAlarms")] public IReadOnlyList<ManagedMetricAlarm>? MetricAlarms { get; init; }
    [JsonPropertyName("serviceSecurityGroups")] public IReadOnlyList<ManagedSecurityGroup>? ServiceSecurityGroups { get; init; }
    [JsonPropertyName("logGroups")] public IReadOnlyList<ManagedLogGroup>? LogGroups { get; init; }
}

/// <summary>ECS model shape <c>ManagedIngressPath</c>.</summary>
public sealed record ManagedIngressPath
{
    /// <summary>PUBLIC, PRIVATE.</summary>
    [JsonPropertyName("accessType")] public string? AccessType { get; init; }
    [JsonPropertyName("endpoint")] public string? Endpoint { get; init; }
    [JsonPropertyName("loadBalancer")] public ManagedLoadBalancer? LoadBalancer { get; init; }
    [JsonPropertyName("loadBalancerSecurityGroups")] public IReadOnlyList<ManagedSecurityGroup>? LoadBalancerSecurityGroups { get; init; }
    [JsonPropertyName("certificate")] public ManagedCertificate? Certificate { get; init; }
    [JsonPropertyName("listener")] public ManagedListener? Listener { get; init; }
    [JsonPropertyName("rule")] public ManagedListenerRule? Rule { get; init; }
    [JsonPropertyName("targetGroups")] public IReadOnlyList<ManagedTargetGroup>? TargetGroups { get; init; }
}

/// <summary>ECS model shape <c>ManagedLoadBalancer</c>.</summary>
public sealed record ManagedLoadBalancer
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    /// <summary>PROVISIONING, ACTIVE, DEPROVISIONING, DELETED, FAILED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("scheme")] public string? Scheme { get; init; }
    [JsonPropertyName("subnetIds")] public IReadOnlyList<string>? SubnetIds { get; init; }
    [JsonPropertyName("securityGroupIds")] public IReadOnlyList<string>? SecurityGroupIds { get; init; }
}

/// <summary>ECS model shape <c>ManagedSecurityGroup</c>.</summary>
public sealed record ManagedSecurityGroup
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    /// <summary>PROVISIONING, ACTIVE, DEPROVISIONING, DELETED, FAILED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>ECS model shape <c>ManagedCertificate</c>.</summary>
public sealed record ManagedCertificate
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    /// <summary>PROVISIONING, ACTIVE, DEPROVISIONING, DELETED, FAILED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("domainName")] public string? DomainName { get; init; }
}

/// <summary>ECS model shape <c>ManagedListener</c>.</summary>
public sealed record ManagedListener
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    /// <summary>PROVISIONING, ACTIVE, DEPROVISIONING, DELETED, FAILED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>ECS model shape <c>ManagedListenerRule</c>.</summary>
public sealed record ManagedListenerRule
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    /// <summary>PROVISIONING, ACTIVE, DEPROVISIONING, DELETED, FAILED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>ECS model shape <c>ManagedTargetGroup</c>.</summary>
public sealed record ManagedTargetGroup
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    /// <summary>PROVISIONING, ACTIVE, DEPROVISIONING, DELETED, FAILED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("healthCheckPath")] public string? HealthCheckPath { get; init; }
    [JsonPropertyName("healthCheckPort")] public int? HealthCheckPort { get; init; }
    [JsonPropertyName("port")] public int? Port { get; init; }
}

/// <summary>ECS model shape <c>ManagedAutoScaling</c>.</summary>
public sealed record ManagedAutoScaling
{
    [JsonPropertyName("scalableTarget")] public ManagedScalableTarget? ScalableTarget { get; init; }
    [JsonPropertyName("applicationAutoScalingPolicies")] public IReadOnlyList<ManagedApplicationAutoScalingPolicy>? ApplicationAutoScalingPolicies { get; init; }
}

/// <summary>ECS model shape <c>ManagedScalableTarget</c>.</summary>
public sealed record ManagedScalableTarget
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    /// <summary>PROVISIONING, ACTIVE, DEPROVISIONING, DELETED, FAILED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("minCapacity")] public int? MinCapacity { get; init; }
    [JsonPropertyName("maxCapacity")] public int? MaxCapacity { get; init; }
}

/// <summary>ECS model shape <c>ManagedApplicationAutoScalingPolicy</c>.</summary>
public sealed record ManagedApplicationAutoScalingPolicy
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    /// <summary>PROVISIONING, ACTIVE, DEPROVISIONING, DELETED, FAILED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("policyType")] public string? PolicyType { get; init; }
    [JsonPropertyName("targetValue")] public double? TargetValue { get; init; }
    [JsonPropertyName("metric")] public string? Metric { get; init; }
}

/// <summary>ECS model shape <c>ManagedMetricAlarm</c>.</summary>
public sealed record ManagedMetricAlarm
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    /// <summary>PROVISIONING, ACTIVE, DEPROVISIONING, DELETED, FAILED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>ECS model shape <c>ManagedLogGroup</c>.</summary>
public sealed record ManagedLogGroup
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    /// <summary>PROVISIONING, ACTIVE, DEPROVISIONING, DELETED, FAILED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("statusReason")] public string? StatusReason { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("logGroupName")] public string? LogGroupName { get; init; }
}
