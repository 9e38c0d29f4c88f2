namespace EcsConsole.Sandbox.Engine.Ecr;

public sealed class RepositoryState
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required string RegistryId { get; init; }

    public required string Uri { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string ImageTagMutability { get; init; } = "MUTABLE";

    public bool ScanOnPush { get; init; } = true;

    public List<ImageState> Images { get; } = [];

    /// <summary>The repository policy (SetRepositoryPolicy's text as given); null when it has none.</summary>
    public string? PolicyText { get; set; }

    public ImageState? FindByTag(string tag) => Images.FirstOrDefault(i => i.Tags.Contains(tag));

    public ImageState? FindByDigest(string digest) => Images.FirstOrDefault(i => i.Digest == digest);
}

public sealed class ImageState
{
    public required string Digest { get; init; }

    /// <summary>The manifest whose SHA-256 is <see cref="Digest"/> (see <see cref="ImageManifests"/>).</summary>
    public required string Manifest { get; init; }

    public List<string> Tags { get; init; } = [];

    public required long SizeInBytes { get; init; }

    public required DateTimeOffset PushedAt { get; init; }

    public string ManifestMediaType { get; init; } = ImageManifests.DockerV2;

    public string ArtifactMediaType { get; init; } = "application/vnd.docker.container.image.v1+json";

    public DateTimeOffset? LastPulledAt { get; set; }

    /// <summary>Null when the image was never scanned.</summary>
    public ImageScanState? Scan { get; init; }

    /// <summary>A container from this image exits with code 1 right after it starts.</summary>
    public bool ExitsAtStart { get; init; }
}

public sealed record ImageScanState(string Status, string Description, DateTimeOffset CompletedAt, IReadOnlyDictionary<string, int> FindingSeverityCounts);
