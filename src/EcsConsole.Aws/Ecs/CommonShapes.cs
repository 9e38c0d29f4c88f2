using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>Tag</c>.</summary>
public sealed record Tag
{
    [JsonPropertyName("key")] public string? Key { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
}

/// <summary>ECS model shape <c>KeyValuePair</c> (environment variables, statistics, attachment details).</summary>
public sealed record KeyValuePair
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
}

/// <summary>ECS model shape <c>Failure</c>: one item a Describe call could not return.</summary>
public sealed record Failure
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    [JsonPropertyName("detail")] public string? Detail { get; init; }
}

/// <summary>ECS model shape <c>Attachment</c> (e.g. the task's ElasticNetworkInterface).</summary>
public sealed record Attachment
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("details")] public IReadOnlyList<KeyValuePair>? Details { get; init; }
}

/// <summary>ECS model shape <c>CapacityProviderStrategyItem</c>.</summary>
public sealed record CapacityProviderStrategyItem
{
    [JsonPropertyName("capacityProvider")] public string CapacityProvider { get; init; } = "";
    [JsonPropertyName("weight")] public int? Weight { get; init; }
    [JsonPropertyName("base")] public int? Base { get; init; }
}
