using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ElasticLoadBalancing;

/// <summary>Elastic Load Balancing v2 model shape <c>Listener</c>.</summary>
public sealed record Listener
{
    [JsonPropertyName("ListenerArn")] public string? ListenerArn { get; init; }
    [JsonPropertyName("LoadBalancerArn")] public string? LoadBalancerArn { get; init; }
    [JsonPropertyName("Port")] public int? Port { get; init; }
    /// <summary>HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP...</summary>
    [JsonPropertyName("Protocol")] public string? Protocol { get; init; }
    [JsonPropertyName("Certificates")] public IReadOnlyList<Certificate>? Certificates { get; init; }
    [JsonPropertyName("SslPolicy")] public string? SslPolicy { get; init; }
    [JsonPropertyName("DefaultActions")] public IReadOnlyList<ListenerAction>? DefaultActions { get; init; }
    [JsonPropertyName("AlpnPolicy")] public IReadOnlyList<string>? AlpnPolicy { get; init; }
    [JsonPropertyName("MutualAuthentication")] public MutualAuthenticationAttributes? MutualAuthentication { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>Certificate</c>.</summary>
public sealed record Certificate
{
    [JsonPropertyName("CertificateArn")] public string? CertificateArn { get; init; }
    [JsonPropertyName("IsDefault")] public bool? IsDefault { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>Action</c>.</summary>
public sealed record ListenerAction
{
    /// <summary>forward, authenticate-oidc, authenticate-cognito, redirect, fixed-response, jwt-validation.</summary>
    [JsonPropertyName("Type")] public string? Type { get; init; }
    [JsonPropertyName("TargetGroupArn")] public string? TargetGroupArn { get; init; }
    [JsonPropertyName("AuthenticateOidcConfig")] public AuthenticateOidcActionConfig? AuthenticateOidcConfig { get; init; }
    [JsonPropertyName("AuthenticateCognitoConfig")] public AuthenticateCognitoActionConfig? AuthenticateCognitoConfig { get; init; }
    [JsonPropertyName("Order")] public int? Order { get; init; }
    [JsonPropertyName("RedirectConfig")] public RedirectActionConfig? RedirectConfig { get; init; }
    [JsonPropertyName("FixedResponseConfig")] public FixedResponseActionConfig? FixedResponseConfig { get; init; }
    [JsonPropertyName("ForwardConfig")] public ForwardActionConfig? ForwardConfig { get; init; }
    [JsonPropertyName("JwtValidationConfig")] public JwtValidationActionConfig? JwtValidationConfig { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>AuthenticateOidcActionConfig</c>.</summary>
public sealed record AuthenticateOidcActionConfig
{
    [JsonPropertyName("Issuer")] public string? Issuer { get; init; }
    [JsonPropertyName("AuthorizationEndpoint")] public string? AuthorizationEndpoint { get; init; }
    [JsonPropertyName("TokenEndpoint")] public string? TokenEndpoint { get; init; }
    [JsonPropertyName("UserInfoEndpoint")] public string? UserInfoEndpoint { get; init; }
    [JsonPropertyName("ClientId")] public string? ClientId { get; init; }
    [JsonPropertyName("ClientSecret")] public string? ClientSecret { get; init; }
    [JsonPropertyName("SessionCookieName")] public string? SessionCookieName { get; init; }
    [JsonPropertyName("Scope")] public string? Scope { get; init; }
    [JsonPropertyName("SessionTimeout")] public long? SessionTimeout { get; init; }
    [JsonPropertyName("AuthenticationRequestExtraParams")] public IReadOnlyDictionary<string, string>? AuthenticationRequestExtraParams { get; init; }
    /// <summary>deny, allow, authenticate.</summary>
    [JsonPropertyName("OnUnauthenticatedRequest")] public string? OnUnauthenticatedRequest { get; init; }
    [JsonPropertyName("UseExistingClientSecret")] public bool? UseExistingClientSecret { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>AuthenticateCognitoActionConfig</c>.</summary>
public sealed record AuthenticateCognitoActionConfig
{
    [JsonPropertyName("UserPoolArn")] public string? UserPoolArn { get; init; }
    [JsonPropertyName("UserPoolClientId")] public string? UserPoolClientId { get; init; }
    [JsonPropertyName("UserPoolDomain")] public string? UserPoolDomain { get; init; }
    [JsonPropertyName("SessionCookieName")] public string? SessionCookieName { get; init; }
    [JsonPropertyName("Scope")] public string? Scope { get; init; }
    [JsonPropertyName("SessionTimeout")] public long? SessionTimeout { get; init; }
    [JsonPropertyName("AuthenticationRequestExtraParams")] public IReadOnlyDictionary<string, string>? AuthenticationRequestExtraParams { get; init; }
    /// <summary>deny, allow, authenticate.</summary>
    [JsonPropertyName("OnUnauthenticatedRequest")] public string? OnUnauthenticatedRequest { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>RedirectActionConfig</c>.</summary>
public sealed record RedirectActionConfig
{
    [JsonPropertyName("Protocol")] public string? Protocol { get; init; }
    [JsonPropertyName("Port")] public string? Port { get; init; }
    [JsonPropertyName("Host")] public string? Host { get; init; }
    [JsonPropertyName("Path")] public string? Path { get; init; }
    [JsonPropertyName("Query")] public string? Query { get; init; }
    /// <summary>HTTP_301, HTTP_302.</summary>
    [JsonPropertyName("StatusCode")] public string? StatusCode { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>FixedResponseActionConfig</c>.</summary>
public sealed record FixedResponseActionConfig
{
    [JsonPropertyName("MessageBody")] public string? MessageBody { get; init; }
    [JsonPropertyName("StatusCode")] public string? StatusCode { get; init; }
    [JsonPropertyName("ContentType")] public string? ContentType { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>ForwardActionConfig</c>.</summary>
public sealed record ForwardActionConfig
{
    [JsonPropertyName("TargetGroups")] public IReadOnlyList<TargetGroupTuple>? TargetGroups { get; init; }
    [JsonPropertyName("TargetGroupStickinessConfig")] public TargetGroupStickinessConfig? TargetGroupStickinessConfig { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>TargetGroupTuple</c>.</summary>
public sealed record TargetGroupTuple
{
    [JsonPropertyName("TargetGroupArn")] public string? TargetGroupArn { get; init; }
    [JsonPropertyName("Weight")] public int? Weight { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>TargetGroupStickinessConfig</c>.</summary>
public sealed record TargetGroupStickinessConfig
{
    [JsonPropertyName("Enabled")] public bool? Enabled { get; init; }
    [JsonPropertyName("DurationSeconds")] public int? DurationSeconds { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>JwtValidationActionConfig</c>.</summary>
public sealed record JwtValidationActionConfig
{
    [JsonPropertyName("JwksEndpoint")] public string? JwksEndpoint { get; init; }
    [JsonPropertyName("Issuer")] public string? Issuer { get; init; }
    [JsonPropertyName("AdditionalClaims")] public IReadOnlyList<JwtValidationActionAdditionalClaim>? AdditionalClaims { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>JwtValidationActionAdditionalClaim</c>.</summary>
public sealed record JwtValidationActionAdditionalClaim
{
    /// <summary>single-string, string-array, space-separated-values.</summary>
    [JsonPropertyName("Format")] public string? Format { get; init; }
    [JsonPropertyName("Name")] public string? Name { get; init; }
    [JsonPropertyName("Values")] public IReadOnlyList<string>? Values { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>MutualAuthenticationAttributes</c>.</summary>
public sealed record MutualAuthenticationAttributes
{
    [JsonPropertyName("Mode")] public string? Mode { get; init; }
    [JsonPropertyName("TrustStoreArn")] public string? TrustStoreArn { get; init; }
    [JsonPropertyName("IgnoreClientCertificateExpiry")] public bool? IgnoreClientCertificateExpiry { get; init; }
    /// <summary>active, removed.</summary>
    [JsonPropertyName("TrustStoreAssociationStatus")] public string? TrustStoreAssociationStatus { get; init; }
    /// <summary>on, off.</summary>
    [JsonPropertyName("AdvertiseTrustStoreCaNames")] public string? AdvertiseTrustStoreCaNames { get; init; }
}
