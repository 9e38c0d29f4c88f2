using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecr;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class PutImageTests : IDisposable
{
    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void SeededImages_DigestIsSha256OfTheManifest()
    {
        var images = _sandbox.Read(s => s.FindRepository("news")!.Images.ToList());

        Assert.All(images, i => Assert.Equal(ImageManifests.Digest(i.Manifest), i.Digest));
        Assert.True(ImageManifests.Parse(images.Single(i => i.Tags.Contains("broken")).Manifest, null).ExitsAtStart);
    }

    [Fact]
    public void PutImage_ExistingManifestUnderNewTag_RetagsThatImage()
    {
        var latest = Image("news", "latest");

        var (image, tag) = _sandbox.Engine.Ecr.PutImage("news", latest.Manifest, null, "v2.0.0", null);

        Assert.Equal(latest.Digest, image.Digest);
        Assert.Equal("v2.0.0", tag);
        Assert.Contains("v2.0.0", Image("news", "latest").Tags);
        Assert.Equal(latest.PushedAt, Image("news", "v2.0.0").PushedAt);
    }

    [Fact]
    public void PutImage_NewManifest_AddsImageWithSha256DigestAndMovesTag()
    {
        var manifest = ImageManifests.Create("ab12", 90_000_000, exitsAtStart: false);
        _sandbox.Advance(30);

        var (image, _) = _sandbox.Engine.Ecr.PutImage("news", manifest, ImageManifests.DockerV2, "latest", ImageManifests.Digest(manifest));

        Assert.Equal(ImageManifests.Digest(manifest), Image("news", "latest").Digest);
        Assert.Equal(90_000_000, image.SizeInBytes);
        Assert.Equal(_sandbox.Time.GetUtcNow(), image.PushedAt);
        Assert.Single(_sandbox.Read(s => s.FindRepository("news")!.Images.Where(i => i.Tags.Contains("latest")).ToList()));
    }

    [Fact]
    public void PutImage_SameManifestAndTagAgain_ImageAlreadyExists()
    {
        var latest = Image("news", "latest");

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecr.PutImage("news", latest.Manifest, null, "latest", null));

        Assert.Equal("ImageAlreadyExistsException", error.Code);
    }

    [Fact]
    public void PutImage_DigestThatIsNotTheManifests_DigestDoesNotMatch()
    {
        var manifest = ImageManifests.Create("cd34", 1000, exitsAtStart: false);

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecr.PutImage("news", manifest, null, "v3", "sha256:" + new string('0', 64)));

        Assert.Equal("ImageDigestDoesNotMatchException", error.Code);
    }

    [Fact]
    public void PutImage_TakenTagInImmutableRepository_ImageTagAlreadyExists()
    {
        _sandbox.Read(s =>
        {
            var repository = new RepositoryState { Name = "frozen", Arn = "arn:aws:ecr:eu-west-1:000000000000:repository/frozen", RegistryId = "000000000000", Uri = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/frozen", CreatedAt = _sandbox.Time.GetUtcNow(), ImageTagMutability = "IMMUTABLE" };
            s.Repositories.Add(repository);
            return repository;
        });
        _sandbox.Engine.Ecr.PutImage("frozen", ImageManifests.Create("01", 1000, false), null, "v1", null);

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecr.PutImage("frozen", ImageManifests.Create("02", 1000, false), null, "v1", null));

        Assert.Equal("ImageTagAlreadyExistsException", error.Code);
    }

    [Fact]
    public void PutImage_BrokenManifestUnderVersionTag_TasksOfThatTagExitAtStart()
    {
        var broken = Image("news", "broken");

        _sandbox.Engine.Ecr.PutImage("news", broken.Manifest, null, "v9.9.9", null);

        Assert.True(Image("news", "v9.9.9").ExitsAtStart);
    }

    [Fact]
    public void PutImage_UnknownRepository_RepositoryNotFound()
    {
        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecr.PutImage("nope", ImageManifests.Create("01", 1, false), null, "v1", null));

        Assert.Equal("RepositoryNotFoundException", error.Code);
    }

    public void Dispose() => _sandbox.Dispose();

    private ImageState Image(string repository, string tag) => _sandbox.Read(s => s.FindRepository(repository)!.FindByTag(tag)!);
}
