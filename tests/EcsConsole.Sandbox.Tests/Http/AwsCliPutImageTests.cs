using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>The retag flow of the ECR documentation (batch-get-image, then put-image --image-manifest) with the real AWS CLI.</summary>
public sealed class AwsCliPutImageTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), _time, CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresAwsCliFact]
    public async Task AwsCli_BatchGetImageThenPutImage_NewTagNamesTheSameDigest()
    {
        var cli = new AwsCli(_server.Url, "test", "test");
        var got = await cli.JsonAsync("ecr", "batch-get-image", "--repository-name", "news", "--image-ids", "imageTag=latest");
        var image = got["images"]![0]!;
        var manifest = image["imageManifest"]!.GetValue<string>();

        var put = await cli.JsonAsync("ecr", "put-image", "--repository-name", "news", "--image-tag", "v1.5.0", "--image-manifest", manifest);

        Assert.Equal(image["imageId"]!["imageDigest"]!.GetValue<string>(), put["image"]!["imageId"]!["imageDigest"]!.GetValue<string>());
        Assert.Equal("v1.5.0", put["image"]!["imageId"]!["imageTag"]!.GetValue<string>());
        var described = await cli.JsonAsync("ecr", "describe-images", "--repository-name", "news", "--image-ids", "imageTag=v1.5.0");
        Assert.Contains("latest", described["imageDetails"]![0]!["imageTags"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_PutImageSameTagTwice_FailsWithImageAlreadyExists()
    {
        var cli = new AwsCli(_server.Url, "test", "test");
        var got = await cli.JsonAsync("ecr", "batch-get-image", "--repository-name", "news", "--image-ids", "imageTag=latest");
        var manifest = got["images"]![0]!["imageManifest"]!.GetValue<string>();

        var (exitCode, _, error) = await cli.RunAsync("ecr", "put-image", "--repository-name", "news", "--image-tag", "latest", "--image-manifest", manifest);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ImageAlreadyExistsException", error);
    }
}
