using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ServiceDiscovery;

/// <summary>ServiceDiscovery model shape <c>Service</c>.</summary>
public sealed record Service
{
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("Arn")] public string? Arn { get; init; }
    [JsonPropertyName("ResourceOwner")] public string? ResourceOwner { get; init; }
    [JsonPropertyName("Name")] public string? Name { get; init; }
    [JsonPropertyName("NamespaceId")] public string? NamespaceId { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
    [JsonPropertyName("InstanceCount")] public int? InstanceCount { get; init; }
    [JsonPropertyName("DnsConfig")] public DnsConfig? DnsConfig { get; init; }
    /// <summary>HTTP, DNS_HTTP, DNS.</summary>
    [JsonPropertyName("Type")] public string? Type { get; init; }
    [JsonPropertyName("HealthCheckConfig")] public HealthCheckConfig? HealthCheckConfig { get; init; }
    [JsonPropertyName("HealthCheckCustomConfig")] public HealthCheckCustomConfig? HealthCheckCustomConfig { get; init; }
    [JsonPropertyName("CreateDate")] public DateTimeOffset? CreateDate { get; init; }
    [JsonPropertyName("CreatorRequestId")] public string? CreatorRequestId { get; init; }
    [JsonPropertyName("CreatedByAccount")] public string? CreatedByAccount { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>DnsConfig</c>.</summary>
public sealed record DnsConfig
{
    [JsonPropertyName("NamespaceId")] public string? NamespaceId { get; init; }
    /// <summary>MULTIVALUE, WEIGHTED.</summary>
    [JsonPropertyName("RoutingPolicy")] public string? RoutingPolicy { get; init; }
    [JsonPropertyName("DnsRecords")] public IReadOnlyList<DnsRecord>? DnsRecords { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>DnsRecord</c>.</summary>
public sealed record DnsRecord
{
    /// <summary>SRV, A, AAAA, CNAME.</summary>
    [JsonPropertyName("Type")] public string? Type { get; init; }
    [JsonPropertyName("TTL")] public long? TTL { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>HealthCheckConfig</c>.</summary>
public sealed record HealthCheckConfig
{
    /// <summary>HTTP, HTTPS, TCP.</summary>
    [JsonPropertyName("Type")] public string? Type { get; init; }
    [JsonPropertyName("ResourcePath")] public string? ResourcePath { get; init; }
    [JsonPropertyName("FailureThreshold")] public int? FailureThreshold { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>HealthCheckCustomConfig</c>.</summary>
public sealed record HealthCheckCustomConfig
{
    [JsonPropertyName("FailureThreshold")] public int? FailureThreshold { get; init; }
}
