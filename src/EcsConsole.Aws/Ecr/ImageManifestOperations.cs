using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecr;

/// <summary>Input of ECR <c>BatchGetImage</c>.</summary>
public sealed record BatchGetImageRequest
{
    [JsonPropertyName("registryId")] public string? RegistryId { get; init; }
    [JsonPropertyName("repositoryName")] public string RepositoryName { get; init; } = "";
    [JsonPropertyName("imageIds")] public IReadOnlyList<ImageIdentifier> ImageIds { get; init; } = [];
    [JsonPropertyName("acceptedMediaTypes")] public IReadOnlyList<string>? AcceptedMediaTypes { get; init; }
}

/// <summary>Output of ECR <c>BatchGetImage</c>.</summary>
public sealed record BatchGetImageResponse
{
    [JsonPropertyName("images")] public IReadOnlyList<Image>? Images { get; init; }
    [JsonPropertyName("failures")] public IReadOnlyList<ImageFailure>? Failures { get; init; }
}

/// <summary>ECR model shape <c>Image</c>: an image id with its manifest.</summary>
public sealed record Image
{
    [JsonPropertyName("registryId")] public string? RegistryId { get; init; }
    [JsonPropertyName("repositoryName")] public string? RepositoryName { get; init; }
    [JsonPropertyName("imageId")] public ImageIdentifier? ImageId { get; init; }
    [JsonPropertyName("imageManifest")] public string? ImageManifest { get; init; }
    [JsonPropertyName("imageManifestMediaType")] public string? ImageManifestMediaType { get; init; }
}

/// <summary>ECR model shape <c>ImageFailure</c>; failureCode is e.g. ImageNotFound or MissingDigestAndTag.</summary>
public sealed record ImageFailure
{
    [JsonPropertyName("imageId")] public ImageIdentifier? ImageId { get; init; }
    [JsonPropertyName("failureCode")] public string? FailureCode { get; init; }
    [JsonPropertyName("failureReason")] public string? FailureReason { get; init; }
}

/// <summary>Input of ECR <c>PutImage</c>: the manifest (and optionally its digest) under an optional tag.</summary>
public sealed record PutImageRequest
{
    [JsonPropertyName("registryId")] public string? RegistryId { get; init; }
    [JsonPropertyName("repositoryName")] public string RepositoryName { get; init; } = "";
    [JsonPropertyName("imageManifest")] public string ImageManifest { get; init; } = "";
    [JsonPropertyName("imageManifestMediaType")] public string? ImageManifestMediaType { get; init; }
    [JsonPropertyName("imageTag")] public string? ImageTag { get; init; }
    [JsonPropertyName("imageDigest")] public string? ImageDigest { get; init; }
}

/// <summary>Output of ECR <c>PutImage</c>.</summary>
public sealed record PutImageResponse
{
    [JsonPropertyName("image")] public Image? Image { get; init; }
}
