using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecr;

/// <summary>Input of ECR <c>DescribeImages</c>.</summary>
public sealed record DescribeImagesRequest
{
    [JsonPropertyName("registryId")] public string? RegistryId { get; init; }
    [JsonPropertyName("repositoryName")] public string RepositoryName { get; init; } = "";
    [JsonPropertyName("imageIds")] public IReadOnlyList<ImageIdentifier>? ImageIds { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("maxResults")] public int? MaxResults { get; init; }
    [JsonPropertyName("filter")] public DescribeImagesFilter? Filter { get; init; }
}

/// <summary>Output of ECR <c>DescribeImages</c>.</summary>
public sealed record DescribeImagesResponse
{
    [JsonPropertyName("imageDetails")] public IReadOnlyList<ImageDetail>? ImageDetails { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>ECR model shape <c>ImageIdentifier</c>.</summary>
public sealed record ImageIdentifier
{
    [JsonPropertyName("imageDigest")] public string? ImageDigest { get; init; }
    [JsonPropertyName("imageTag")] public string? ImageTag { get; init; }
}

/// <summary>ECR model shape <c>DescribeImagesFilter</c>; tagStatus is TAGGED, UNTAGGED or ANY.</summary>
public sealed record DescribeImagesFilter
{
    [JsonPropertyName("tagStatus")] public string? TagStatus { get; init; }
}
