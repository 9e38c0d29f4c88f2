using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecr;

/// <summary>ECR model shape <c>Repository</c>.</summary>
public sealed record Repository
{
    [JsonPropertyName("repositoryArn")] public string? RepositoryArn { get; init; }
    [JsonPropertyName("registryId")] public string? RegistryId { get; init; }
    [JsonPropertyName("repositoryName")] public string? RepositoryName { get; init; }
    [JsonPropertyName("repositoryUri")] public string? RepositoryUri { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("imageTagMutability")] public string? ImageTagMutability { get; init; }
    [JsonPropertyName("imageScanningConfiguration")] public ImageScanningConfiguration? ImageScanningConfiguration { get; init; }
}

/// <summary>ECR model shape <c>ImageScanningConfiguration</c>.</summary>
public sealed record ImageScanningConfiguration
{
    [JsonPropertyName("scanOnPush")] public bool? ScanOnPush { get; init; }
}

/// <summary>Input of ECR <c>DescribeRepositories</c>.</summary>
public sealed record DescribeRepositoriesRequest
{
    [JsonPropertyName("registryId")] public string? RegistryId { get; init; }
    [JsonPropertyName("repositoryNames")] public IReadOnlyList<string>? RepositoryNames { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("maxResults")] public int? MaxResults { get; init; }
}

/// <summary>Output of ECR <c>DescribeRepositories</c>.</summary>
public sealed record DescribeRepositoriesResponse
{
    [JsonPropertyName("repositories")] public IReadOnlyList<Repository>? Repositories { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}
