using System.Security.Cryptography;
using System.Text;
using EcsConsole.Sandbox.Engine.Ecr;

namespace EcsConsole.Sandbox.Engine;

internal sealed partial class Simulation
{
    private DateTimeOffset? nextPipelinePush;

    /// <summary>How often the simulated CI pipeline pushes a new patch release to one of the repositories; null: never.</summary>
    public TimeSpan? PipelinePushInterval { get; init; }

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
    public void StartPipeline(DateTimeOffset start) => nextPipelinePush = PipelinePushInterval is { } interval ? start + interval : null;

    /// <summary>Now and then a team ships: the next patch version of one repository is pushed and tagged latest.</summary>
    private void RunPipeline(DateTimeOffset now)
    {
        if (PipelinePushInterval is not { } interval || State.Repositories.Count == 0)
        {
            return;
        }

        if (nextPipelinePush is null || now < nextPipelinePush)
        {
            return;
        }

        nextPipelinePush = now + interval;
        var repository = State.Repositories[Ids.Random.Next(State.Repositories.Count)];
        var newest = repository.Images.SelectMany(i => i.Tags).Select(ParseVersion).OfType<Version>().DefaultIfEmpty(new Version(0, 0, 0)).Max()!;
        var next = new Version(newest.Major, newest.Minor, newest.Build + 1).ToString(3);
        PushImage(repository.Name, [next, "latest"], now);
    }

    private static Version? ParseVersion(string tag) =>
        tag.Count(c => c == '.') == 2 && Version.TryParse(tag, out var version) && version.Build >= 0 ? version : null;
}
