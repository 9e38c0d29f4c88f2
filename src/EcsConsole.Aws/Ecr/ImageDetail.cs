using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecr;

/// <summary>ECR model shape <c>ImageDetail</c>.</summary>
public sealed record ImageDetail
{
    [JsonPropertyName("registryId")] public string? RegistryId { get; init; }
    [JsonPropertyName("repositoryName")] public string? RepositoryName { get; init; }
    [JsonPropertyName("imageDigest")] public string? ImageDigest { get; init; }
    [JsonPropertyName("imageTags")] public IReadOnlyList<string>? ImageTags { get; init; }
    [JsonPropertyName("imageSizeInBytes")] public long? ImageSizeInBytes { get; init; }
    [JsonPropertyName("imagePushedAt")] public DateTimeOffset? ImagePushedAt { get; init; }
    [JsonPropertyName("imageScanStatus")] public ImageScanStatus? ImageScanStatus { get; init; }
    [JsonPropertyName("imageScanFindingsSummary")] public ImageScanFindingsSummary? ImageScanFindingsSummary { get; init; }
    [JsonPropertyName("imageManifestMediaType")] public string? ImageManifestMediaType { get; init; }
    [JsonPropertyName("artifactMediaType")] public string? ArtifactMediaType { get; init; }
    [JsonPropertyName("lastRecordedPullTime")] public DateTimeOffset? LastRecordedPullTime { get; init; }
}

/// <summary>ECR model shape <c>ImageScanStatus</c>.</summary>
public sealed record ImageScanStatus
{
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
}

/// <summary>ECR model shape <c>ImageScanFindingsSummary</c>; severity counts keyed CRITICAL, HIGH, MEDIUM, LOW...</summary>
public sealed record ImageScanFindingsSummary
{
    [JsonPropertyName("imageScanCompletedAt")] public DateTimeOffset? ImageScanCompletedAt { get; init; }
    [JsonPropertyName("vulnerabilitySourceUpdatedAt")] public DateTimeOffset? VulnerabilitySourceUpdatedAt { get; init; }
    [JsonPropertyName("findingSeverityCounts")] public IReadOnlyDictionary<string, int>? FindingSeverityCounts { get; init; }
}
