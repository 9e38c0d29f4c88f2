using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ElasticLoadBalancing;

/// <summary>Elastic Load Balancing v2 model shape <c>TargetGroup</c>.</summary>
public sealed record TargetGroup
{
    [JsonPropertyName("TargetGroupArn")] public string? TargetGroupArn { get; init; }
    [JsonPropertyName("TargetGroupName")] public string? TargetGroupName { get; init; }
    /// <summary>HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP...</summary>
    [JsonPropertyName("Protocol")] public string? Protocol { get; init; }
    [JsonPropertyName("Port")] public int? Port { get; init; }
    [JsonPropertyName("VpcId")] public string? VpcId { get; init; }
    /// <summary>HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP...</summary>
    [JsonPropertyName("HealthCheckProtocol")] public string? HealthCheckProtocol { get; init; }
    [JsonPropertyName("HealthCheckPort")] public string? HealthCheckPort { get; init; }
    [JsonPropertyName("HealthCheckEnabled")] public bool? HealthCheckEnabled { get; init; }
    [JsonPropertyName("HealthCheckIntervalSeconds")] public int? HealthCheckIntervalSeconds { get; init; }
    [JsonPropertyName("HealthCheckTimeoutSeconds")] public int? HealthCheckTimeoutSeconds { get; init; }
    [JsonPropertyName("HealthyThresholdCount")] public int? HealthyThresholdCount { get; init; }
    [JsonPropertyName("UnhealthyThresholdCount")] public int? UnhealthyThresholdCount { get; init; }
    [JsonPropertyName("HealthCheckPath")] public string? HealthCheckPath { get; init; }
    [JsonPropertyName("Matcher")] public Matcher? Matcher { get; init; }
    [JsonPropertyName("LoadBalancerArns")] public IReadOnlyList<string>? LoadBalancerArns { get; init; }
    /// <summary>instance, ip, lambda, alb.</summary>
    [JsonPropertyName("TargetType")] public string? TargetType { get; init; }
    [JsonPropertyName("ProtocolVersion")] public string? ProtocolVersion { get; init; }
    /// <summary>ipv4, ipv6.</summary>
    [JsonPropertyName("IpAddressType")] public string? IpAddressType { get; init; }
    [JsonPropertyName("TargetControlPort")] public int? TargetControlPort { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>Matcher</c>.</summary>
public sealed record Matcher
{
    [JsonPropertyName("HttpCode")] public string? HttpCode { get; init; }
    [JsonPropertyName("GrpcCode")] public string? GrpcCode { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>TargetDescription</c>.</summary>
public sealed record TargetDescription
{
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("Port")] public int? Port { get; init; }
    [JsonPropertyName("AvailabilityZone")] public string? AvailabilityZone { get; init; }
    [JsonPropertyName("QuicServerId")] public string? QuicServerId { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>TargetHealthDescription</c>.</summary>
public sealed record TargetHealthDescription
{
    [JsonPropertyName("Target")] public TargetDescription? Target { get; init; }
    [JsonPropertyName("HealthCheckPort")] public string? HealthCheckPort { get; init; }
    [JsonPropertyName("TargetHealth")] public TargetHealth? TargetHealth { get; init; }
    [JsonPropertyName("AnomalyDetection")] public AnomalyDetection? AnomalyDetection { get; init; }
    [JsonPropertyName("AdministrativeOverride")] public AdministrativeOverride? AdministrativeOverride { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>TargetHealth</c>.</summary>
public sealed record TargetHealth
{
    /// <summary>initial, healthy, unhealthy, unhealthy.draining, unused, draining...</summary>
    [JsonPropertyName("State")] public string? State { get; init; }
    /// <summary>Elb.RegistrationInProgress, Elb.InitialHealthChecking, Target.ResponseCodeMismatch, Target.Timeout, Target.FailedHealthChecks, Target.NotRegistered...</summary>
    [JsonPropertyName("Reason")] public string? Reason { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>AnomalyDetection</c>.</summary>
public sealed record AnomalyDetection
{
    /// <summary>anomalous, normal.</summary>
    [JsonPropertyName("Result")] public string? Result { get; init; }
    /// <summary>yes, no.</summary>
    [JsonPropertyName("MitigationInEffect")] public string? MitigationInEffect { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>AdministrativeOverride</c>.</summary>
public sealed record AdministrativeOverride
{
    /// <summary>unknown, no_override, zonal_shift_active, zonal_shift_delegated_to_dns.</summary>
    [JsonPropertyName("State")] public string? State { get; init; }
    /// <summary>AdministrativeOverride.Unknown, AdministrativeOverride.NoOverride, AdministrativeOverride.ZonalShiftActive, AdministrativeOverride.ZonalShiftDelegatedToDns.</summary>
    [JsonPropertyName("Reason")] public string? Reason { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
}
