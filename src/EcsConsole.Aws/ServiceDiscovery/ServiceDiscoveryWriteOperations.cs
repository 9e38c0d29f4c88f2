using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ServiceDiscovery;

/// <summary>Cloud Map model shape <c>Tag</c>.</summary>
public sealed record CloudMapTag
{
    [JsonPropertyName("Key")] public string Key { get; init; } = "";
    [JsonPropertyName("Value")] public string Value { get; init; } = "";
}

/// <summary>Input of Cloud Map <c>CreatePrivateDnsNamespace</c>; asynchronous: poll <c>GetOperation</c> for the namespace id.</summary>
public sealed record CreatePrivateDnsNamespaceRequest
{
    [JsonPropertyName("Name")] public string Name { get; init; } = "";
    /// <summary>Makes a retried request idempotent: the same id answers the first request's operation.</summary>
    [JsonPropertyName("CreatorRequestId")] public string? CreatorRequestId { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
    [JsonPropertyName("Vpc")] public string Vpc { get; init; } = "";
    [JsonPropertyName("Tags")] public IReadOnlyList<CloudMapTag>? Tags { get; init; }
    [JsonPropertyName("Properties")] public PrivateDnsNamespaceProperties? Properties { get; init; }
}

/// <summary>Cloud Map model shape <c>PrivateDnsNamespaceProperties</c>.</summary>
public sealed record PrivateDnsNamespaceProperties
{
    [JsonPropertyName("DnsProperties")] public PrivateDnsPropertiesMutable DnsProperties { get; init; } = new();
}

/// <summary>Cloud Map model shape <c>PrivateDnsPropertiesMutable</c>.</summary>
public sealed record PrivateDnsPropertiesMutable
{
    [JsonPropertyName("SOA")] public Soa Soa { get; init; } = new();
}

/// <summary>Output of Cloud Map <c>CreatePrivateDnsNamespace</c>.</summary>
public sealed record CreatePrivateDnsNamespaceResponse
{
    [JsonPropertyName("OperationId")] public string? OperationId { get; init; }
}

/// <summary>Input of Cloud Map <c>GetOperation</c>.</summary>
public sealed record GetOperationRequest
{
    [JsonPropertyName("OperationId")] public string OperationId { get; init; } = "";
    [JsonPropertyName("OwnerAccount")] public string? OwnerAccount { get; init; }
}

/// <summary>Output of Cloud Map <c>GetOperation</c>.</summary>
public sealed record GetOperationResponse
{
    [JsonPropertyName("Operation")] public CloudMapOperation? Operation { get; init; }
}

/// <summary>Cloud Map model shape <c>Operation</c>.</summary>
public sealed record CloudMapOperation
{
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("OwnerAccount")] public string? OwnerAccount { get; init; }
    /// <summary>CREATE_NAMESPACE, DELETE_NAMESPACE, UPDATE_NAMESPACE, UPDATE_SERVICE, REGISTER_INSTANCE, DEREGISTER_INSTANCE.</summary>
    [JsonPropertyName("Type")] public string? Type { get; init; }
    /// <summary>SUBMITTED, PENDING, SUCCESS, FAIL.</summary>
    [JsonPropertyName("Status")] public string? Status { get; init; }
    [JsonPropertyName("ErrorMessage")] public string? ErrorMessage { get; init; }
    [JsonPropertyName("ErrorCode")] public string? ErrorCode { get; init; }
    [JsonPropertyName("CreateDate")] public DateTimeOffset? CreateDate { get; init; }
    [JsonPropertyName("UpdateDate")] public DateTimeOffset? UpdateDate { get; init; }
    /// <summary>NAMESPACE, SERVICE, INSTANCE -> the resource id the operation acted on.</summary>
    [JsonPropertyName("Targets")] public IReadOnlyDictionary<string, string>? Targets { get; init; }
}

/// <summary>Input of Cloud Map <c>GetNamespace</c>.</summary>
public sealed record GetNamespaceRequest
{
    [JsonPropertyName("Id")] public string Id { get; init; } = "";
}

/// <summary>Output of Cloud Map <c>GetNamespace</c>.</summary>
public sealed record GetNamespaceResponse
{
    [JsonPropertyName("Namespace")] public CloudMapNamespace? Namespace { get; init; }
}

/// <summary>Cloud Map model shape <c>Namespace</c>.</summary>
public sealed record CloudMapNamespace
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
    [JsonPropertyName("CreatorRequestId")] public string? CreatorRequestId { get; init; }
}

/// <summary>Input of Cloud Map <c>CreateService</c>.</summary>
public sealed record CreateServiceRequest
{
    [JsonPropertyName("Name")] public string Name { get; init; } = "";
    [JsonPropertyName("NamespaceId")] public string? NamespaceId { get; init; }
    [JsonPropertyName("CreatorRequestId")] public string? CreatorRequestId { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
    [JsonPropertyName("DnsConfig")] public DnsConfig? DnsConfig { get; init; }
    [JsonPropertyName("HealthCheckConfig")] public HealthCheckConfig? HealthCheckConfig { get; init; }
    [JsonPropertyName("HealthCheckCustomConfig")] public HealthCheckCustomConfig? HealthCheckCustomConfig { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<CloudMapTag>? Tags { get; init; }
    /// <summary>HTTP for an API-only service; omitted for DNS services.</summary>
    [JsonPropertyName("Type")] public string? Type { get; init; }
}

/// <summary>Output of Cloud Map <c>CreateService</c>.</summary>
public sealed record CreateServiceResponse
{
    [JsonPropertyName("Service")] public Service? Service { get; init; }
}

/// <summary>Input of Cloud Map <c>DeleteService</c>.</summary>
public sealed record DeleteServiceRequest
{
    [JsonPropertyName("Id")] public string Id { get; init; } = "";
}

/// <summary>Output of Cloud Map <c>DeleteService</c> (the model declares no members).</summary>
public sealed record DeleteServiceResponse;

/// <summary>Input of Cloud Map <c>DeleteNamespace</c>.</summary>
public sealed record DeleteNamespaceRequest
{
    [JsonPropertyName("Id")] public string Id { get; init; } = "";
}

/// <summary>Output of Cloud Map <c>DeleteNamespace</c>: the operation to poll.</summary>
public sealed record DeleteNamespaceResponse
{
    [JsonPropertyName("OperationId")] public string? OperationId { get; init; }
}

/// <summary>Input of Cloud Map <c>ListTagsForResource</c>.</summary>
public sealed record ListTagsForResourceRequest
{
    /// <summary>The ARN of a namespace or service.</summary>
    [JsonPropertyName("ResourceARN")] public string ResourceArn { get; init; } = "";
}

/// <summary>Output of Cloud Map <c>ListTagsForResource</c>.</summary>
public sealed record ListTagsForResourceResponse
{
    [JsonPropertyName("Tags")] public IReadOnlyList<CloudMapTag>? Tags { get; init; }
}
