using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ServiceDiscovery;

/// <summary>Input of ServiceDiscovery <c>GetService</c>.</summary>
public sealed record GetServiceRequest
{
    [JsonPropertyName("Id")] public string Id { get; init; } = "";
}

/// <summary>Output of ServiceDiscovery <c>GetService</c>.</summary>
public sealed record GetServiceResponse
{
    [JsonPropertyName("Service")] public Service? Service { get; init; }
}

/// <summary>Input of ServiceDiscovery <c>ListServices</c>.</summary>
public sealed record ListServicesRequest
{
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("MaxResults")] public int? MaxResults { get; init; }
    [JsonPropertyName("Filters")] public IReadOnlyList<ServiceFilter>? Filters { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>ServiceFilter</c>.</summary>
public sealed record ServiceFilter
{
    /// <summary>NAMESPACE_ID, RESOURCE_OWNER.</summary>
    [JsonPropertyName("Name")] public string Name { get; init; } = "";
    [JsonPropertyName("Values")] public IReadOnlyList<string> Values { get; init; } = [];
    /// <summary>EQ, IN, BETWEEN, BEGINS_WITH.</summary>
    [JsonPropertyName("Condition")] public string? Condition { get; init; }
}

/// <summary>Output of ServiceDiscovery <c>ListServices</c>.</summary>
public sealed record ListServicesResponse
{
    [JsonPropertyName("Services")] public IReadOnlyList<ServiceSummary>? Services { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>ServiceSummary</c>.</summary>
public sealed record ServiceSummary
{
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("Arn")] public string? Arn { get; init; }
    [JsonPropertyName("ResourceOwner")] public string? ResourceOwner { get; init; }
    [JsonPropertyName("Name")] public string? Name { get; init; }
    /// <summary>HTTP, DNS_HTTP, DNS.</summary>
    [JsonPropertyName("Type")] public string? Type { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
    [JsonPropertyName("InstanceCount")] public int? InstanceCount { get; init; }
    [JsonPropertyName("DnsConfig")] public DnsConfig? DnsConfig { get; init; }
    [JsonPropertyName("HealthCheckConfig")] public HealthCheckConfig? HealthCheckConfig { get; init; }
    [JsonPropertyName("HealthCheckCustomConfig")] public HealthCheckCustomConfig? HealthCheckCustomConfig { get; init; }
    [JsonPropertyName("CreateDate")] public DateTimeOffset? CreateDate { get; init; }
    [JsonPropertyName("CreatedByAccount")] public string? CreatedByAccount { get; init; }
}

/// <summary>Input of ServiceDiscovery <c>ListInstances</c>.</summary>
public sealed record ListInstancesRequest
{
    [JsonPropertyName("ServiceId")] public string ServiceId { get; init; } = "";
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("MaxResults")] public int? MaxResults { get; init; }
}

/// <summary>Output of ServiceDiscovery <c>ListInstances</c>.</summary>
public sealed record ListInstancesResponse
{
    [JsonPropertyName("ResourceOwner")] public string? ResourceOwner { get; init; }
    [JsonPropertyName("Instances")] public IReadOnlyList<InstanceSummary>? Instances { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
}

/// <summary>ServiceDiscovery model shape <c>InstanceSummary</c>.</summary>
public sealed record InstanceSummary
{
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("Attributes")] public IReadOnlyDictionary<string, string>? Attributes { get; init; }
    [JsonPropertyName("CreatedByAccount")] public string? CreatedByAccount { get; init; }
}
