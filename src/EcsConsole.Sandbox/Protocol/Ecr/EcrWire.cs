using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecr;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecr;

internal static class EcrWire
{
    public static JsonObject Repository(RepositoryState repository) => new()
    {
        ["repositoryArn"] = repository.Arn,
        ["registryId"] = repository.RegistryId,
        ["repositoryName"] = repository.Name,
        ["repositoryUri"] = repository.Uri,
        ["createdAt"] = WireTime.Epoch(repository.CreatedAt),
        ["imageTagMutability"] = repository.ImageTagMutability,
        ["imageScanningConfiguration"] = new JsonObject { ["scanOnPush"] = repository.ScanOnPush },
        ["encryptionConfiguration"] = new JsonObject { ["encryptionType"] = "AES256" },
    };

    public static JsonObject Image(RepositoryState repository, ImageState image)
    {
        var json = new JsonObject
        {
            ["registryId"] = repository.RegistryId,
            ["repositoryName"] = repository.Name,
            ["imageDigest"] = image.Digest,
        };
        if (image.Tags.Count > 0)
        {
            json["imageTags"] = WireJson.Strings(image.Tags);
        }

        json["imageSizeInBytes"] = image.SizeInBytes;
        json["imagePushedAt"] = WireTime.Epoch(image.PushedAt);
        if (image.Scan is { } scan)
        {
            json["imageScanStatus"] = new JsonObject { ["status"] = scan.Status, ["description"] = scan.Description };
            json["imageScanFindingsSummary"] = new JsonObject
            {
                ["imageScanCompletedAt"] = WireTime.Epoch(scan.CompletedAt),
                ["vulnerabilitySourceUpdatedAt"] = WireTime.Epoch(scan.CompletedAt - TimeSpan.FromHours(6)),
                ["findingSeverityCounts"] = new JsonObject(scan.FindingSeverityCounts.Select(c => new KeyValuePair<string, JsonNode?>(c.Key, c.Value))),
            };
        }

        json["imageManifestMediaType"] = image.ManifestMediaType;
        json["artifactMediaType"] = image.ArtifactMediaType;
        json.With("lastRecordedPullTime", WireTime.Epoch(image.LastPulledAt));
        json["imageStatus"] = "ACTIVE";
        return json;
    }

    public static JsonObject ImageId(string digest, string? tag) => new JsonObject { ["imageDigest"] = digest }.With("imageTag", tag);
}
