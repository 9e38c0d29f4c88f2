using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>TagResource</c>.</summary>
public sealed record TagResourceRequest
{
    [JsonPropertyName("resourceArn")] public string ResourceArn { get; init; } = "";
    [JsonPropertyName("tags")] public IReadOnlyList<Tag> Tags { get; init; } = [];
}

/// <summary>Output of ECS <c>TagResource</c>.</summary>
public sealed record TagResourceResponse
{
}

/// <summary>Input of ECS <c>ListTagsForResource</c>.</summary>
public sealed record ListTagsForResourceRequest
{
    [JsonPropertyName("resourceArn")] public string ResourceArn { get; init; } = "";
}

/// <summary>Output of ECS <c>ListTagsForResource</c>.</summary>
public sealed record ListTagsForResourceResponse
{
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}
