using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>ServiceConnectConfiguration</c>.</summary>
public sealed record ServiceConnectConfiguration
{
    [JsonPropertyName("enabled")] public bool? Enabled { get; init; }
    [JsonPropertyName("namespace")] public string? Namespace { get; init; }
    [JsonPropertyName("services")] public IReadOnlyList<ServiceConnectService>? Services { get; init; }
    [JsonPropertyName("logConfiguration")] public LogConfiguration? LogConfiguration { get; init; }
    [JsonPropertyName("accessLogConfiguration")] public ServiceConnectAccessLogConfiguration? AccessLogConfiguration { get; init; }
}

/// <summary>ECS model shape <c>ServiceConnectService</c>.</summary>
public sealed record ServiceConnectService
{
    [JsonPropertyName("portName")] public string? PortName { get; init; }
    [JsonPropertyName("discoveryName")] public string? DiscoveryName { get; init; }
    [JsonPropertyName("clientAliases")] public IReadOnlyList<ServiceConnectClientAlias>? ClientAliases { get; init; }
    [JsonPropertyName("ingressPortOverride")] public int? IngressPortOverride { get; init; }
    [JsonPropertyName("timeout")] public TimeoutConfiguration? Timeout { get; init; }
    [JsonPropertyName("tls")] public ServiceConnectTlsConfiguration? Tls { get; init; }
}

/// <summary>ECS model shape <c>ServiceConnectClientAlias</c>.</summary>
public sealed record ServiceConnectClientAlias
{
    [JsonPropertyName("port")] public int? Port { get; init; }
    [JsonPropertyName("dnsName")] public string? DnsName { get; init; }
    [JsonPropertyName("testTrafficRules")] public ServiceConnectTestTrafficRules? TestTrafficRules { get; init; }
}

/// <summary>ECS model shape <c>ServiceConnectTestTrafficRules</c>.</summary>
public sealed record ServiceConnectTestTrafficRules
{
    [JsonPropertyName("header")] public ServiceConnectTestTrafficHeaderRules? Header { get; init; }
}

/// <summary>ECS model shape <c>ServiceConnectTestTrafficHeaderRules</c>.</summary>
public sealed record ServiceConnectTestTrafficHeaderRules
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("value")] public ServiceConnectTestTrafficHeaderMatchRules? Value { get; init; }
}

/// <summary>ECS model shape <c>ServiceConnectTestTrafficHeaderMatchRules</c>.</summary>
public sealed record ServiceConnectTestTrafficHeaderMatchRules
{
    [JsonPropertyName("exact")] public string? Exact { get; init; }
}

/// <summary>ECS model shape <c>TimeoutConfiguration</c>.</summary>
public sealed record TimeoutConfiguration
{
    [JsonPropertyName("idleTimeoutSeconds")] public int? IdleTimeoutSeconds { get; init; }
    [JsonPropertyName("perRequestTimeoutSeconds")] public int? PerRequestTimeoutSeconds { get; init; }
}

/// <summary>ECS model shape <c>ServiceConnectTlsConfiguration</c>.</summary>
public sealed record ServiceConnectTlsConfiguration
{
    [JsonPropertyName("issuerCertificateAuthority")] public ServiceConnectTlsCertificateAuthority? IssuerCertificateAuthority { get; init; }
    [JsonPropertyName("kmsKey")] public string? KmsKey { get; init; }
    [JsonPropertyName("roleArn")] public string? RoleArn { get; init; }
}

/// <summary>ECS model shape <c>ServiceConnectTlsCertificateAuthority</c>.</summary>
public sealed record ServiceConnectTlsCertificateAuthority
{
    [JsonPropertyName("awsPcaAuthorityArn")] public string? AwsPcaAuthorityArn { get; init; }
}

/// <summary>ECS model shape <c>ServiceConnectAccessLogConfiguration</c>.</summary>
public sealed record ServiceConnectAccessLogConfiguration
{
    /// <summary>TEXT, JSON.</summary>
    [JsonPropertyName("format")] public string? Format { get; init; }
    /// <summary>DISABLED, ENABLED.</summary>
    [JsonPropertyName("includeQueryParameters")] public string? IncludeQueryParameters { get; init; }
}
