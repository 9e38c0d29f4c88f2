using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecr;

/// <summary>Input of ECR <c>GetRepositoryPolicy</c>.</summary>
public sealed record GetRepositoryPolicyRequest
{
    /// <summary>The account of the registry; the caller's own when null.</summary>
    [JsonPropertyName("registryId")] public string? RegistryId { get; init; }
    [JsonPropertyName("repositoryName")] public string RepositoryName { get; init; } = "";
}

/// <summary>Output of ECR <c>GetRepositoryPolicy</c>: the repository's policy document as JSON text.</summary>
public sealed record GetRepositoryPolicyResponse
{
    [JsonPropertyName("registryId")] public string? RegistryId { get; init; }
    [JsonPropertyName("repositoryName")] public string? RepositoryName { get; init; }
    [JsonPropertyName("policyText")] public string? PolicyText { get; init; }
}
