using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ElasticLoadBalancing;

/// <summary>Elastic Load Balancing v2 model shape <c>LoadBalancer</c>.</summary>
public sealed record LoadBalancer
{
    [JsonPropertyName("LoadBalancerArn")] public string? LoadBalancerArn { get; init; }
    [JsonPropertyName("DNSName")] public string? DNSName { get; init; }
    [JsonPropertyName("CanonicalHostedZoneId")] public string? CanonicalHostedZoneId { get; init; }
    [JsonPropertyName("CreatedTime")] public DateTimeOffset? CreatedTime { get; init; }
    [JsonPropertyName("LoadBalancerName")] public string? LoadBalancerName { get; init; }
    /// <summary>internet-facing, internal.</summary>
    [JsonPropertyName("Scheme")] public string? Scheme { get; init; }
    [JsonPropertyName("VpcId")] public string? VpcId { get; init; }
    [JsonPropertyName("State")] public LoadBalancerState? State { get; init; }
    /// <summary>application, network, gateway.</summary>
    [JsonPropertyName("Type")] public string? Type { get; init; }
    [JsonPropertyName("AvailabilityZones")] public IReadOnlyList<AvailabilityZone>? AvailabilityZones { get; init; }
    [JsonPropertyName("SecurityGroups")] public IReadOnlyList<string>? SecurityGroups { get; init; }
    /// <summary>ipv4, dualstack, dualstack-without-public-ipv4.</summary>
    [JsonPropertyName("IpAddressType")] public string? IpAddressType { get; init; }
    [JsonPropertyName("CustomerOwnedIpv4Pool")] public string? CustomerOwnedIpv4Pool { get; init; }
    [JsonPropertyName("EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic")] public string? EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic { get; init; }
    /// <summary>on, off.</summary>
    [JsonPropertyName("EnablePrefixForIpv6SourceNat")] public string? EnablePrefixForIpv6SourceNat { get; init; }
    [JsonPropertyName("IpamPools")] public IpamPools? IpamPools { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>LoadBalancerState</c>.</summary>
public sealed record LoadBalancerState
{
    /// <summary>active, provisioning, active_impaired, failed.</summary>
    [JsonPropertyName("Code")] public string? Code { get; init; }
    [JsonPropertyName("Reason")] public string? Reason { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>AvailabilityZone</c>.</summary>
public sealed record AvailabilityZone
{
    [JsonPropertyName("ZoneName")] public string? ZoneName { get; init; }
    [JsonPropertyName("SubnetId")] public string? SubnetId { get; init; }
    [JsonPropertyName("OutpostId")] public string? OutpostId { get; init; }
    [JsonPropertyName("LoadBalancerAddresses")] public IReadOnlyList<LoadBalancerAddress>? LoadBalancerAddresses { get; init; }
    [JsonPropertyName("SourceNatIpv6Prefixes")] public IReadOnlyList<string>? SourceNatIpv6Prefixes { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>LoadBalancerAddress</c>.</summary>
public sealed record LoadBalancerAddress
{
    [JsonPropertyName("IpAddress")] public string? IpAddress { get; init; }
    [JsonPropertyName("AllocationId")] public string? AllocationId { get; init; }
    [JsonPropertyName("PrivateIPv4Address")] public string? PrivateIPv4Address { get; init; }
    [JsonPropertyName("IPv6Address")] public string? IPv6Address { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>IpamPools</c>.</summary>
public sealed record IpamPools
{
    [JsonPropertyName("Ipv4IpamPoolId")] public string? Ipv4IpamPoolId { get; init; }
}
