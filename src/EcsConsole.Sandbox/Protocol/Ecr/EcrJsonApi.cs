using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecr;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecr;

/// <summary>Amazon ECR (JSON 1.1, AmazonEC2ContainerRegistry_V20150921): repositories and images of the sandbox registry.</summary>
public sealed partial class EcrJsonApi : JsonApi
{
    private readonly string _accountId;

    public EcrJsonApi(SandboxEngine engine)
    {
        _accountId = engine.Arns.AccountId;
        Register("DescribeRepositories", input => engine.Read(state => DescribeRepositories(state, input)));
        Register("DescribeImages", input => engine.Read(state => DescribeImages(state, input)));
        Register("ListImages", input => engine.Read(state => ListImages(state, input)));
        Register("DescribeImageScanFindings", input => engine.Read(state => DescribeImageScanFindings(state, input)));
        Register("BatchGetImage", input => engine.Read(state => BatchGetImage(state, input)));
        Register("PutImage", input => PutImage(engine, input));
        RegisterPolicies(engine);
    }

    public override string TargetPrefix => "AmazonEC2ContainerRegistry_V20150921";

    private JsonObject DescribeRepositories(SandboxState state, JsonInput input)
    {
        var names = input.StringList("repositoryNames");
        if (names is not null && input.String("nextToken") is not null)
        {
            throw new SandboxApiException("InvalidParameterException", "Cannot specify repositoryNames together with nextToken.");
        }

        var registry = RegistryRepositories(state, input);
        var repositories = names is null
            ? registry.OrderBy(r => r.Name, StringComparer.Ordinal).ToList()
            : names.Select(n => registry.FirstOrDefault(r => r.Name == n) ?? throw RepositoryNotFound(n)).ToList();
        var (page, next) = Paginator.Page(repositories, input, "DescribeRepositories", 100, 1000);
        return new JsonObject { ["repositories"] = WireJson.Array(page.Select(EcrWire.Repository)) }.With("nextToken", next);
    }

    private JsonObject DescribeImages(SandboxState state, JsonInput input)
    {
        var repository = Repository(state, input);
        var tagStatus = input.Object("filter")?.Enum("tagStatus", "TAGGED", "UNTAGGED", "ANY") ?? "ANY";
        var ids = input.ObjectList("imageIds");
        if (ids is not null && input.Object("filter") is not null)
        {
            throw new SandboxApiException("InvalidParameterException", "Cannot specify filter together with imageIds.");
        }

        var images = ids is null
            ? NewestFirst(repository).Where(i => MatchesTagStatus(i, tagStatus)).ToList()
            : ids.Select(id => Find(repository, id)).Distinct().ToList();
        var (page, next) = Paginator.Page(images, input, $"DescribeImages/{repository.Name}/{tagStatus}", 100, 1000);
        return new JsonObject { ["imageDetails"] = WireJson.Array(page.Select(i => EcrWire.Image(repository, i))) }.With("nextToken", next);
    }

    private JsonObject ListImages(SandboxState state, JsonInput input)
    {
        var repository = Repository(state, input);
        var tagStatus = input.Object("filter")?.Enum("tagStatus", "TAGGED", "UNTAGGED", "ANY") ?? "ANY";
        var ids = NewestFirst(repository)
            .Where(i => MatchesTagStatus(i, tagStatus))
            .SelectMany(i => i.Tags.Count == 0 ? [EcrWire.ImageId(i.Digest, null)] : i.Tags.Select(t => EcrWire.ImageId(i.Digest, t)))
            .ToList();
        var (page, next) = Paginator.Page(ids, input, $"ListImages/{repository.Name}/{tagStatus}", 100, 1000);
        return new JsonObject { ["imageIds"] = WireJson.Array(page) }.With("nextToken", next);
    }

    private JsonObject DescribeImageScanFindings(SandboxState state, JsonInput input)
    {
        var repository = Repository(state, input);
        var id = input.Object("imageId") ?? throw new SandboxApiException("InvalidParameterException", "imageId must be specified.");
        var image = Find(repository, id);
        if (image.Scan is not { } scan)
        {
            throw new SandboxApiException("ScanNotFoundException",
                $"Image scan does not exist for the image with '{{imageDigest:'{image.Digest}', imageTag:'{id.String("imageTag") ?? "null"}'}}' in the repository with name '{repository.Name}' in the registry with id '{_accountId}'");
        }

        var (page, next) = Paginator.Page(EcrScanFindings.For(image), input, $"DescribeImageScanFindings/{repository.Name}/{image.Digest}", 100, 1000);
        return new JsonObject
        {
            ["registryId"] = repository.RegistryId,
            ["repositoryName"] = repository.Name,
            ["imageId"] = EcrWire.ImageId(image.Digest, id.String("imageTag")),
            ["imageScanStatus"] = new JsonObject { ["status"] = scan.Status, ["description"] = scan.Description },
            ["imageScanFindings"] = new JsonObject
            {
                ["imageScanCompletedAt"] = WireTime.Epoch(scan.CompletedAt),
                ["vulnerabilitySourceUpdatedAt"] = WireTime.Epoch(scan.CompletedAt - TimeSpan.FromHours(6)),
                ["findingSeverityCounts"] = new JsonObject(scan.FindingSeverityCounts.Select(c => new KeyValuePair<string, JsonNode?>(c.Key, c.Value))),
                ["findings"] = WireJson.Array(page),
            },
        }.With("nextToken", next);
    }

    private static IEnumerable<ImageState> NewestFirst(RepositoryState repository) => repository.Images.OrderByDescending(i => i.PushedAt);

    private static bool MatchesTagStatus(ImageState image, string tagStatus) => tagStatus switch
    {
        "TAGGED" => image.Tags.Count > 0,
        "UNTAGGED" => image.Tags.Count == 0,
        _ => true,
    };

    private IEnumerable<RepositoryState> RegistryRepositories(SandboxState state, JsonInput input) =>
        (input.String("registryId") ?? _accountId) == _accountId ? state.Repositories : [];

    private RepositoryState Repository(SandboxState state, JsonInput input)
    {
        var name = input.RequiredString("repositoryName");
        return RegistryRepositories(state, input).FirstOrDefault(r => r.Name == name) ?? throw RepositoryNotFound(name);
    }

    private ImageState Find(RepositoryState repository, JsonInput id)
    {
        var digest = id.String("imageDigest");
        var tag = id.String("imageTag");
        if (digest is null && tag is null)
        {
            throw new SandboxApiException("InvalidParameterException", "Invalid parameter at 'imageIds' failed to satisfy constraint: 'imageDigest or imageTag must be specified'");
        }

        var image = repository.Images.FirstOrDefault(i => (digest is null || i.Digest == digest) && (tag is null || i.Tags.Contains(tag)));
        return image ?? throw new SandboxApiException("ImageNotFoundException",
            $"The image with imageId {{imageDigest:'{digest ?? "null"}', imageTag:'{tag ?? "null"}'}} does not exist within the repository with name '{repository.Name}' in the registry with id '{_accountId}'");
    }

    private SandboxApiException RepositoryNotFound(string name) =>
        new("RepositoryNotFoundException", $"The repository with name '{name}' does not exist in the registry with id '{_accountId}'");
}
