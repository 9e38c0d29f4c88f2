using System.Security.Cryptography;
using System.Text;

namespace EcsConsole.Sandbox.Engine.Ecr;

/// <summary>
/// The sandbox ECR registry over time: images pushed (by hand, by PutImage, or by the simulated CI pipeline every few
/// hours) and resolved when a task pulls them. Not thread-safe: the engine calls it under its lock.
/// </summary>
internal sealed class RegistrySimulation(SandboxState state, ArnFactory arns, SandboxIds ids, TimeSpan? pipelinePushInterval)
{
    private DateTimeOffset? _nextPipelinePush;

    /// <summary>How often the simulated CI pipeline pushes a new patch release to one of the repositories; null: never.</summary>
    public TimeSpan? PipelinePushInterval { get; } = pipelinePushInterval;

    private SandboxState State { get; } = state;

    private ArnFactory Arns { get; } = arns;

    private SandboxIds Ids { get; } = ids;

    public string PushImage(string repository, IReadOnlyList<string> tags, DateTimeOffset now)
    {
        var target = State.FindRepository(repository) ?? throw RepositoryNotFound(repository);
        if (tags.Count == 0)
        {
            throw new SandboxApiException("InvalidParameterException", "An image pushed to the sandbox needs at least one tag.");
        }

        foreach (var older in target.Images)
        {
            older.Tags.RemoveAll(tags.Contains);
        }

        var seed = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{repository}:{string.Join(',', tags)}:{now:O}")));
        var size = Ids.Random.Next(60_000_000, 260_000_000);
        var manifest = ImageManifests.Create(seed, size, exitsAtStart: tags.Contains("broken"));
        var image = NewImage(target, manifest, ImageManifests.DockerV2, size, [.. tags], exitsAtStart: tags.Contains("broken"), now);
        return image.Digest;
    }

    /// <summary>
    /// ECR PutImage: the manifest's SHA-256 is the digest. A manifest already in the repository gains the tag (a retag);
    /// a new one becomes a new image. In a mutable repository the tag moves from the image that held it; an immutable one
    /// refuses. Layers are taken as uploaded (the sandbox keeps no blobs). A new image exits at start when its manifest
    /// carries <see cref="ImageManifests.ExitsAtStartAnnotation"/> or its tag is "broken".
    /// </summary>
    public (ImageState Image, string? Tag) PutImage(string repository, string manifest, string? mediaType, string? tag, string? digest, DateTimeOffset now)
    {
        var target = State.FindRepository(repository) ?? throw RepositoryNotFound(repository);
        var parsed = ImageManifests.Parse(manifest, mediaType);
        var computed = ImageManifests.Digest(manifest);
        if (digest is not null && digest != computed)
        {
            throw new SandboxApiException("ImageDigestDoesNotMatchException",
                $"Invalid parameter at 'imageDigest' failed to satisfy constraint: 'the digest '{digest}' does not match the digest '{computed}' computed from the manifest'");
        }

        var existing = target.FindByDigest(computed);
        if (existing is not null && (tag is null || existing.Tags.Contains(tag)))
        {
            throw new SandboxApiException("ImageAlreadyExistsException",
                $"Image with digest '{computed}' and tag '{tag ?? "null"}' already exists in the repository with name '{repository}' in registry with id '{Arns.AccountId}'");
        }

        var holder = tag is null ? null : target.FindByTag(tag);
        if (holder is not null && target.ImageTagMutability.StartsWith("IMMUTABLE", StringComparison.Ordinal))
        {
            throw new SandboxApiException("ImageTagAlreadyExistsException",
                $"The image tag '{tag}' already exists in the '{repository}' repository and cannot be overwritten because the repository is immutable.");
        }

        holder?.Tags.Remove(tag!);
        if (existing is not null)
        {
            existing.Tags.Add(tag!);
            return (existing, tag);
        }

        var exitsAtStart = parsed.ExitsAtStart || tag == "broken";
        return (NewImage(target, manifest, parsed.MediaType, parsed.SizeInBytes, tag is null ? [] : [tag], exitsAtStart, now), tag);
    }

    private ImageState NewImage(RepositoryState target, string manifest, string mediaType, long size, List<string> tags, bool exitsAtStart, DateTimeOffset now)
    {
        var image = new ImageState
        {
            Digest = ImageManifests.Digest(manifest),
            Manifest = manifest,
            ManifestMediaType = mediaType,
            Tags = tags,
            SizeInBytes = size,
            PushedAt = now,
            ExitsAtStart = exitsAtStart,
            Scan = target.ScanOnPush ? new ImageScanState("COMPLETE", "The scan was completed successfully.", now, new Dictionary<string, int> { ["LOW"] = Ids.Random.Next(1, 4) }) : null,
        };
        target.Images.Add(image);
        return image;
    }

    private SandboxApiException RepositoryNotFound(string repository) =>
        new("RepositoryNotFoundException", $"The repository with name '{repository}' does not exist in the registry with id '{Arns.AccountId}'");

    /// <summary>The first simulated push comes one interval after <paramref name="start"/>.</summary>
    public void StartPipeline(DateTimeOffset start) => _nextPipelinePush = PipelinePushInterval is { } interval ? start + interval : null;

    /// <summary>Now and then a team ships: the next patch version of one repository is pushed and tagged latest.</summary>
    public void Step(DateTimeOffset now)
    {
        if (PipelinePushInterval is not { } interval || State.Repositories.Count == 0)
        {
            return;
        }

        if (_nextPipelinePush is null || now < _nextPipelinePush)
        {
            return;
        }

        _nextPipelinePush = now + interval;
        var repository = State.Repositories[Ids.Random.Next(State.Repositories.Count)];
        var newest = repository.Images.SelectMany(i => i.Tags).Select(ParseVersion).OfType<Version>().DefaultIfEmpty(new Version(0, 0, 0)).Max()!;
        var next = new Version(newest.Major, newest.Minor, newest.Build + 1).ToString(3);
        PushImage(repository.Name, [next, "latest"], now);
    }

    private static Version? ParseVersion(string tag) =>
        tag.Count(c => c == '.') == 2 && Version.TryParse(tag, out var version) && version.Build >= 0 ? version : null;

    /// <summary>The digest an image reference resolves to now, without counting it as a pull.</summary>
    public string? LookUpDigest(string image)
    {
        var registryPrefix = Arns.RegistryHost + "/";
        if (!image.StartsWith(registryPrefix, StringComparison.Ordinal))
        {
            return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(image)));
        }

        var reference = image[registryPrefix.Length..];
        var at = reference.IndexOf('@');
        if (at >= 0)
        {
            return reference[(at + 1)..];
        }

        var colon = reference.LastIndexOf(':');
        var (name, tag) = colon >= 0 ? (reference[..colon], reference[(colon + 1)..]) : (reference, "latest");
        return State.FindRepository(name)?.FindByTag(tag)?.Digest;
    }

    /// <summary>
    /// Looks an image up in the sandbox registry: unknown repositories or tags fail the pull like ECS's
    /// CannotPullContainerError; images from other registries always pull.
    /// </summary>
    public (string? Digest, bool ExitsAtStart, string? PullError) ResolveImage(string image, DateTimeOffset now)
    {
        var registryPrefix = Arns.RegistryHost + "/";
        if (!image.StartsWith(registryPrefix, StringComparison.Ordinal))
        {
            return ("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(image))), false, null);
        }

        var reference = image[registryPrefix.Length..];
        var at = reference.IndexOf('@');
        var colon = reference.LastIndexOf(':');
        var (name, tag, digest) = at >= 0
            ? (reference[..at], null, reference[(at + 1)..])
            : colon >= 0 ? (reference[..colon], reference[(colon + 1)..], (string?)null) : (reference, "latest", null);
        var repository = State.FindRepository(name);
        var found = repository is null ? null : digest is not null ? repository.FindByDigest(digest) : repository.FindByTag(tag!);
        if (found is null)
        {
            return (null, false, $"CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref {image}: {image}: not found");
        }

        found.LastPulledAt = now;
        return (found.Digest, found.ExitsAtStart, null);
    }
}
