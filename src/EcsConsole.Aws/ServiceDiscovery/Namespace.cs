using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ServiceDiscovery;

/// <summary>Input of ServiceDiscovery <c>ListNamespaces</c>.</summary>
public sealed record ListNamespacesRequest
{
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("MaxResults")] public int? MaxResults { get; init; }
    [JsonPropertyName("Filters")] public IReadOnlyList<NamespaceFilter>? Filters { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>NamespaceFilter</c>.</summary>
public sealed record NamespaceFilter
{
    /// <summary>TYPE, NAME, HTTP_NAME, RESOURCE_OWNER.</summary>
    [JsonPropertyName("Name")] public string Name { get; init; } = "";
    [JsonPropertyName("Values")] public IReadOnlyList<string> Values { get; init; } = [];
    /// <summary>EQ, IN, BETWEEN, BEGINS_WITH.</summary>
    [JsonPropertyName("Condition")] public string? Condition { get; init; }
}

/// <summary>Output of ServiceDiscovery <c>ListNamespaces</c>.</summary>
public sealed record ListNamespacesResponse
{
    [JsonPropertyName("Namespaces")] public IReadOnlyList<NamespaceSummary>? Namespaces { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>NamespaceSummary</c>.</summary>
public sealed record NamespaceSummary
{
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("Arn")] public string? Arn { get; init; }
    [JsonPropertyName("ResourceOwner")] public string? ResourceOwner { get; init; }
    [JsonPropertyName("Name")] public string? Name { get; init; }
    /// <summary>DNS_PUBLIC, DNS_PRIVATE, HTTP.</summary>
    [JsonPropertyName("Type")] public string? Type { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
    [JsonPropertyName("ServiceCount")] public int? ServiceCount { get; init; }
    [JsonPropertyName("Properties")] public NamespaceProperties? Properties { get; init; }
    [JsonPropertyName("CreateDate")] public DateTimeOffset? CreateDate { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>NamespaceProperties</c>.</summary>
public sealed record NamespaceProperties
{
    [JsonPropertyName("DnsProperties")] public DnsProperties? DnsProperties { get; init; }
    [JsonPropertyName("HttpProperties")] public HttpProperties? HttpProperties { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>DnsProperties</c>.</summary>
public sealed record DnsProperties
{
    [JsonPropertyName("HostedZoneId")] public string? HostedZoneId { get; init; }
    [JsonPropertyName("SOA")] public Soa? Soa { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>SOA</c>.</summary>
public sealed record Soa
{
    [JsonPropertyName("TTL")] public long? TTL { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>HttpProperties</c>.</summary>
public sealed record HttpProperties
{
    [JsonPropertyName("HttpName")] public string? HttpName { get; init; }
}
