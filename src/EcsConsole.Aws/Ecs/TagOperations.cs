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

/// <summary>Input of ECS <c>UntagResource</c>.</summary>
public sealed record UntagResourceRequest
{
    [JsonPropertyName("resourceArn")] public string ResourceArn { get; init; } = "";
    [JsonPropertyName("tagKeys")] public IReadOnlyList<string> TagKeys { get; init; } = [];
}

/// <summary>Output of ECS <c>UntagResource</c> (the model declares no members).</summary>
public sealed record UntagResourceResponse;
