using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecr;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecr;

/// <summary>BatchGetImage and PutImage: the retag flow of the ECR documentation (get a manifest, put it under a new tag).</summary>
public sealed partial class EcrJsonApi
{
    private JsonObject BatchGetImage(SandboxState state, JsonInput input)
    {
        var repository = Repository(state, input);
        var ids = input.ObjectList("imageIds") ?? throw new SandboxApiException("InvalidParameterException",
            "1 validation error detected: Value null at 'imageIds' failed to satisfy constraint: Member must not be null");
        if (ids.Count is 0 or > 100)
        {
            throw new SandboxApiException("InvalidParameterException",
                $"1 validation error detected: Value at 'imageIds' failed to satisfy constraint: Member must have length between 1 and 100 (was {ids.Count})");
        }

        var accepted = input.StringList("acceptedMediaTypes");
        var images = new List<JsonNode>();
        var failures = new List<JsonNode>();
        foreach (var id in ids)
        {
            var digest = id.String("imageDigest");
            var tag = id.String("imageTag");
            if (digest is null && tag is null)
            {
                failures.Add(Failure(null, null, "MissingDigestAndTag", "Missing Digest and Tag"));
                continue;
            }

            var image = repository.Images.FirstOrDefault(i => (digest is null || i.Digest == digest) && (tag is null || i.Tags.Contains(tag)));
            if (image is null)
            {
                var tagElsewhere = digest is not null && tag is not null && repository.FindByTag(tag) is not null;
                failures.Add(tagElsewhere
                    ? Failure(digest, tag, "ImageTagDoesNotMatchDigest", "Requested image tag does not match the digest")
                    : Failure(digest, tag, "ImageNotFound", "Requested image not found"));
                continue;
            }

            if (accepted is not null && !accepted.Contains(image.ManifestMediaType))
            {
                failures.Add(Failure(image.Digest, tag, "ImageNotFound", $"Requested image not found in the accepted media types ({image.ManifestMediaType})"));
                continue;
            }

            images.Add(ImageWithManifest(repository, image, tag));
        }

        return new JsonObject { ["images"] = new JsonArray([.. images]), ["failures"] = new JsonArray([.. failures]) };
    }

    private JsonObject PutImage(SandboxEngine engine, JsonInput input)
    {
        var name = input.RequiredString("repositoryName");
        if ((input.String("registryId") ?? _accountId) != _accountId)
        {
            throw RepositoryNotFound(name);
        }

        var manifest = input.RequiredString("imageManifest");
        var tag = input.String("imageTag");
        if (tag is { Length: 0 or > 300 })
        {
            throw new SandboxApiException("InvalidParameterException",
                "1 validation error detected: Value at 'imageTag' failed to satisfy constraint: Member must have length between 1 and 300");
        }

        var (image, putTag) = engine.Ecr.PutImage(name, manifest, input.String("imageManifestMediaType"), tag, input.String("imageDigest"));
        var repository = engine.Read(state => state.FindRepository(name)!);
        return new JsonObject { ["image"] = ImageWithManifest(repository, image, putTag) };
    }

    private static JsonObject ImageWithManifest(RepositoryState repository, ImageState image, string? tag) => new()
    {
        ["registryId"] = repository.RegistryId,
        ["repositoryName"] = repository.Name,
        ["imageId"] = EcrWire.ImageId(image.Digest, tag),
        ["imageManifest"] = image.Manifest,
        ["imageManifestMediaType"] = image.ManifestMediaType,
    };

    private static JsonObject Failure(string? digest, string? tag, string code, string reason) => new()
    {
        ["imageId"] = new JsonObject().With("imageDigest", digest).With("imageTag", tag),
        ["failureCode"] = code,
        ["failureReason"] = reason,
    };
}
