using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Sandbox.Engine.Ecr;

/// <summary>
/// Image manifests of the sandbox registry. As in ECR, an image's digest is the SHA-256 of its manifest bytes, so
/// putting the same manifest under another tag retags that image and a changed manifest is a new image.
/// </summary>
public static class ImageManifests
{
    public const string DockerV2 = "application/vnd.docker.distribution.manifest.v2+json";
    public const string OciV1 = "application/vnd.oci.image.manifest.v1+json";
    public const string ConfigMediaType = "application/vnd.docker.container.image.v1+json";

    /// <summary>A sandbox-only annotation: containers of an image whose manifest carries it exit right after they start.</summary>
    public const string ExitsAtStartAnnotation = "com.ecsconsole.sandbox.exits-at-start";

    /// <summary>A Docker v2 manifest with one config blob and three layers, all named from <paramref name="seedHex"/>.</summary>
    public static string Create(string seedHex, long sizeInBytes, bool exitsAtStart)
    {
        var layerSizes = new[] { sizeInBytes / 2, sizeInBytes / 3, sizeInBytes - (sizeInBytes / 2) - (sizeInBytes / 3) };
        var manifest = new JsonObject
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = DockerV2,
            ["config"] = new JsonObject { ["mediaType"] = ConfigMediaType, ["size"] = 7023, ["digest"] = BlobDigest(seedHex, "config") },
            ["layers"] = new JsonArray(layerSizes.Select((size, i) => (JsonNode)new JsonObject
            {
                ["mediaType"] = "application/vnd.docker.image.rootfs.diff.tar.gzip",
                ["size"] = size,
                ["digest"] = BlobDigest(seedHex, i.ToString(CultureInfo.InvariantCulture)),
            }).ToArray()),
        };
        if (exitsAtStart)
        {
            manifest["annotations"] = new JsonObject { [ExitsAtStartAnnotation] = "true" };
        }

        return manifest.ToJsonString();
    }

    /// <summary>The digest ECR computes for a manifest: sha256 of its exact bytes.</summary>
    public static string Digest(string manifest) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest)));

    /// <summary>
    /// Checks a manifest sent to PutImage the way ECR does (JSON, schemaVersion 2, a known image manifest media type,
    /// a config blob) and reads what the sandbox needs from it.
    /// </summary>
    public static ParsedManifest Parse(string manifest, string? declaredMediaType)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(manifest) as JsonObject ?? throw Invalid("the manifest must be a JSON object");
        }
        catch (JsonException)
        {
            throw Invalid("Invalid JSON syntax");
        }

        if (root["schemaVersion"] is not JsonValue version || version.GetValueKind() != JsonValueKind.Number || version.GetValue<int>() != 2)
        {
            throw Invalid("schemaVersion must be 2");
        }

        var mediaType = (root["mediaType"] as JsonValue)?.GetValue<string>() ?? declaredMediaType ?? DockerV2;
        if (mediaType is not (DockerV2 or OciV1))
        {
            throw Invalid($"unsupported manifest media type '{mediaType}'; use {DockerV2} or {OciV1}");
        }

        if (declaredMediaType is not null && root["mediaType"] is not null && declaredMediaType != mediaType)
        {
            throw Invalid($"imageManifestMediaType '{declaredMediaType}' does not match the manifest's mediaType '{mediaType}'");
        }

        if (root["config"]?["digest"] is not JsonValue)
        {
            throw Invalid("the manifest has no config digest");
        }

        var layers = root["layers"] as JsonArray ?? throw Invalid("the manifest has no layers");
        var size = layers.Sum(l => l?["size"] is JsonValue s && s.TryGetValue<long>(out var bytes) ? bytes : 0L);
        var exitsAtStart = (root["annotations"]?[ExitsAtStartAnnotation] as JsonValue)?.GetValue<string>() == "true";
        return new ParsedManifest(mediaType, size, exitsAtStart);
    }

    private static string BlobDigest(string seedHex, string part) => Digest(seedHex + "/" + part);

    private static SandboxApiException Invalid(string why) =>
        new("InvalidParameterException", $"Invalid parameter at 'ImageManifest' failed to satisfy constraint: '{why}'");
}

/// <summary>What the sandbox reads from a manifest: its media type, the sum of its layer sizes, and the exits-at-start mark.</summary>
public sealed record ParsedManifest(string MediaType, long SizeInBytes, bool ExitsAtStart);
