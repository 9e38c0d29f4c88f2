using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecr;

/// <summary>Input of ECR <c>ListImages</c>.</summary>
public sealed record ListImagesRequest
{
    [JsonPropertyName("registryId")] public string? RegistryId { get; init; }
    [JsonPropertyName("repositoryName")] public string RepositoryName { get; init; } = "";
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("maxResults")] public int? MaxResults { get; init; }
    [JsonPropertyName("filter")] public ListImagesFilter? Filter { get; init; }
}

/// <summary>ECR model shape <c>ListImagesFilter</c>.</summary>
public sealed record ListImagesFilter
{
    /// <summary>TAGGED, UNTAGGED, ANY.</summary>
    [JsonPropertyName("tagStatus")] public string? TagStatus { get; init; }
    /// <summary>ACTIVE, ARCHIVED, ACTIVATING, ANY.</summary>
    [JsonPropertyName("imageStatus")] public string? ImageStatus { get; init; }
}

/// <summary>Output of ECR <c>ListImages</c>.</summary>
public sealed record ListImagesResponse
{
    [JsonPropertyName("imageIds")] public IReadOnlyList<ImageIdentifier>? ImageIds { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>Input of ECR <c>DescribeImageScanFindings</c>.</summary>
public sealed record DescribeImageScanFindingsRequest
{
    [JsonPropertyName("registryId")] public string? RegistryId { get; init; }
    [JsonPropertyName("repositoryName")] public string RepositoryName { get; init; } = "";
    [JsonPropertyName("imageId")] public ImageIdentifier? ImageId { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("maxResults")] public int? MaxResults { get; init; }
}

/// <summary>Output of ECR <c>DescribeImageScanFindings</c>.</summary>
public sealed record DescribeImageScanFindingsResponse
{
    [JsonPropertyName("registryId")] public string? RegistryId { get; init; }
    [JsonPropertyName("repositoryName")] public string? RepositoryName { get; init; }
    [JsonPropertyName("imageId")] public ImageIdentifier? ImageId { get; init; }
    [JsonPropertyName("imageScanStatus")] public ImageScanStatus? ImageScanStatus { get; init; }
    [JsonPropertyName("imageScanFindings")] public ImageScanFindings? ImageScanFindings { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>ECR model shape <c>ImageScanFindings</c>, summary only: the per-finding lists are left out on purpose (the console shows counts by severity).</summary>
public sealed record ImageScanFindings
{
    [JsonPropertyName("imageScanCompletedAt")] public DateTimeOffset? ImageScanCompletedAt { get; init; }
    [JsonPropertyName("vulnerabilitySourceUpdatedAt")] public DateTimeOffset? VulnerabilitySourceUpdatedAt { get; init; }
    [JsonPropertyName("findingSeverityCounts")] public IReadOnlyDictionary<string, int>? FindingSeverityCounts { get; init; }
}
