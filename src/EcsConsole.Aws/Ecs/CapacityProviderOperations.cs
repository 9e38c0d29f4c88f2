using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>CreateCapacityProvider</c> for an EC2 Auto Scaling group.</summary>
public sealed record CreateCapacityProviderRequest
{
    /// <summary>Up to 255 letters, digits, hyphens and underscores; not starting with aws, ecs or fargate.</summary>
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("autoScalingGroupProvider")] public AutoScalingGroupProvider? AutoScalingGroupProvider { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}

/// <summary>Output of ECS <c>CreateCapacityProvider</c>.</summary>
public sealed record CreateCapacityProviderResponse
{
    [JsonPropertyName("capacityProvider")] public CapacityProvider? CapacityProvider { get; init; }
}

/// <summary>Input of ECS <c>DeleteCapacityProvider</c> (name or ARN); it must not be associated with a cluster.</summary>
public sealed record DeleteCapacityProviderRequest
{
    [JsonPropertyName("capacityProvider")] public string CapacityProvider { get; init; } = "";
}

/// <summary>Output of ECS <c>DeleteCapacityProvider</c>.</summary>
public sealed record DeleteCapacityProviderResponse
{
    [JsonPropertyName("capacityProvider")] public CapacityProvider? CapacityProvider { get; init; }
}

/// <summary>Input of ECS <c>DescribeCapacityProviders</c>: the named ones (names or ARNs), or all of them page by page.</summary>
public sealed record DescribeCapacityProvidersRequest
{
    [JsonPropertyName("capacityProviders")] public IReadOnlyList<string>? CapacityProviders { get; init; }
    /// <summary>TAGS.</summary>
    [JsonPropertyName("include")] public IReadOnlyList<string>? Include { get; init; }
    [JsonPropertyName("maxResults")] public int? MaxResults { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Output of ECS <c>DescribeCapacityProviders</c>.</summary>
public sealed record DescribeCapacityProvidersResponse
{
    [JsonPropertyName("capacityProviders")] public IReadOnlyList<CapacityProvider>? CapacityProviders { get; init; }
    [JsonPropertyName("failures")] public IReadOnlyList<Failure>? Failures { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}
