using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ElasticLoadBalancing;

/// <summary>Elastic Load Balancing v2 model shape <c>Rule</c>.</summary>
public sealed record Rule
{
    [JsonPropertyName("RuleArn")] public string? RuleArn { get; init; }
    [JsonPropertyName("Priority")] public string? Priority { get; init; }
    [JsonPropertyName("Conditions")] public IReadOnlyList<RuleCondition>? Conditions { get; init; }
    [JsonPropertyName("Actions")] public IReadOnlyList<ListenerAction>? Actions { get; init; }
    [JsonPropertyName("IsDefault")] public bool? IsDefault { get; init; }
    [JsonPropertyName("Transforms")] public IReadOnlyList<RuleTransform>? Transforms { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>RuleCondition</c>.</summary>
public sealed record RuleCondition
{
    [JsonPropertyName("Field")] public string? Field { get; init; }
    [JsonPropertyName("Values")] public IReadOnlyList<string>? Values { get; init; }
    [JsonPropertyName("HostHeaderConfig")] public HostHeaderConditionConfig? HostHeaderConfig { get; init; }
    [JsonPropertyName("PathPatternConfig")] public PathPatternConditionConfig? PathPatternConfig { get; init; }
    [JsonPropertyName("HttpHeaderConfig")] public HttpHeaderConditionConfig? HttpHeaderConfig { get; init; }
    [JsonPropertyName("QueryStringConfig")] public QueryStringConditionConfig? QueryStringConfig { get; init; }
    [JsonPropertyName("HttpRequestMethodConfig")] public HttpRequestMethodConditionConfig? HttpRequestMethodConfig { get; init; }
    [JsonPropertyName("SourceIpConfig")] public SourceIpConditionConfig? SourceIpConfig { get; init; }
    [JsonPropertyName("RegexValues")] public IReadOnlyList<string>? RegexValues { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>HostHeaderConditionConfig</c>.</summary>
public sealed record HostHeaderConditionConfig
{
    [JsonPropertyName("Values")] public IReadOnlyList<string>? Values { get; init; }
    [JsonPropertyName("RegexValues")] public IReadOnlyList<string>? RegexValues { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>PathPatternConditionConfig</c>.</summary>
public sealed record PathPatternConditionConfig
{
    [JsonPropertyName("Values")] public IReadOnlyList<string>? Values { get; init; }
    [JsonPropertyName("RegexValues")] public IReadOnlyList<string>? RegexValues { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>HttpHeaderConditionConfig</c>.</summary>
public sealed record HttpHeaderConditionConfig
{
    [JsonPropertyName("HttpHeaderName")] public string? HttpHeaderName { get; init; }
    [JsonPropertyName("Values")] public IReadOnlyList<string>? Values { get; init; }
    [JsonPropertyName("RegexValues")] public IReadOnlyList<string>? RegexValues { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>QueryStringConditionConfig</c>.</summary>
public sealed record QueryStringConditionConfig
{
    [JsonPropertyName("Values")] public IReadOnlyList<QueryStringKeyValuePair>? Values { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>QueryStringKeyValuePair</c>.</summary>
public sealed record QueryStringKeyValuePair
{
    [JsonPropertyName("Key")] public string? Key { get; init; }
    [JsonPropertyName("Value")] public string? Value { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>HttpRequestMethodConditionConfig</c>.</summary>
public sealed record HttpRequestMethodConditionConfig
{
    [JsonPropertyName("Values")] public IReadOnlyList<string>? Values { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>SourceIpConditionConfig</c>.</summary>
public sealed record SourceIpConditionConfig
{
    [JsonPropertyName("Values")] public IReadOnlyList<string>? Values { get; init; }
    /// <summary>ipv4, ipv6.</summary>
    [JsonPropertyName("IpAddressType")] public string? IpAddressType { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>RuleTransform</c>.</summary>
public sealed record RuleTransform
{
    /// <summary>host-header-rewrite, url-rewrite.</summary>
    [JsonPropertyName("Type")] public string? Type { get; init; }
    [JsonPropertyName("HostHeaderRewriteConfig")] public HostHeaderRewriteConfig? HostHeaderRewriteConfig { get; init; }
    [JsonPropertyName("UrlRewriteConfig")] public UrlRewriteConfig? UrlRewriteConfig { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>HostHeaderRewriteConfig</c>.</summary>
public sealed record HostHeaderRewriteConfig
{
    [JsonPropertyName("Rewrites")] public IReadOnlyList<RewriteConfig>? Rewrites { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>RewriteConfig</c>.</summary>
public sealed record RewriteConfig
{
    [JsonPropertyName("Regex")] public string? Regex { get; init; }
    [JsonPropertyName("Replace")] public string? Replace { get; init; }
}

/// <summary>Elastic Load Balancing v2 model shape <c>UrlRewriteConfig</c>.</summary>
public sealed record UrlRewriteConfig
{
    [JsonPropertyName("Rewrites")] public IReadOnlyList<RewriteConfig>? Rewrites { get; init; }
}
