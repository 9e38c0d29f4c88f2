using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>ListTaskDefinitions</c>.</summary>
public sealed record ListTaskDefinitionsRequest
{
    [JsonPropertyName("familyPrefix")] public string? FamilyPrefix { get; init; }
    /// <summary>ACTIVE, INACTIVE or DELETE_IN_PROGRESS.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    /// <summary>ASC or DESC.</summary>
    [JsonPropertyName("sort")] public string? Sort { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("maxResults")] public int? MaxResults { get; init; }
}

/// <summary>Output of ECS <c>ListTaskDefinitions</c>.</summary>
public sealed record ListTaskDefinitionsResponse
{
    [JsonPropertyName("taskDefinitionArns")] public IReadOnlyList<string>? TaskDefinitionArns { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Input of ECS <c>DescribeTaskDefinition</c>.</summary>
public sealed record DescribeTaskDefinitionRequest
{
    /// <summary>family, family:revision or full ARN.</summary>
    [JsonPropertyName("taskDefinition")] public string TaskDefinition { get; init; } = "";
    /// <summary>TAGS.</summary>
    [JsonPropertyName("include")] public IReadOnlyList<string>? Include { get; init; }
}

/// <summary>Output of ECS <c>DescribeTaskDefinition</c>.</summary>
public sealed record DescribeTaskDefinitionResponse
{
    [JsonPropertyName("taskDefinition")] public TaskDefinition? TaskDefinition { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}

/// <summary>Input of ECS <c>DeregisterTaskDefinition</c>.</summary>
public sealed record DeregisterTaskDefinitionRequest
{
    /// <summary>family:revision or full ARN (a revision is required).</summary>
    [JsonPropertyName("taskDefinition")] public string TaskDefinition { get; init; } = "";
}

/// <summary>Output of ECS <c>DeregisterTaskDefinition</c>.</summary>
public sealed record DeregisterTaskDefinitionResponse
{
    [JsonPropertyName("taskDefinition")] public TaskDefinition? TaskDefinition { get; init; }
}
