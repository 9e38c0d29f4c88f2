using EcsConsole.Core.Images;

namespace EcsConsole.Core.Tests.Catalog;

public sealed class ImageUsageTests
{
    private const string Repo = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/users";
    private const string Current = "sha256:aaaa";
    private const string Older = "sha256:bbbb";

    [Fact]
    public void Of_RunningTaskReportsDigest_MatchesThatImageOnly()
    {
        var usage = Usage(Running("t1", $"{Repo}:latest", Older));

        Assert.Empty(usage.Of(Repo, Current, ["1.4.2", "latest"]));
        Assert.Single(usage.Of(Repo, Older, ["1.4.1"]));
    }

    [Fact]
    public void Of_TaskDefinitionReferencesTag_MatchesTheImageCarryingIt()
    {
        var usage = Usage(Defined($"{Repo}:1.4.2"));

        Assert.Single(usage.Of(Repo, Current, ["1.4.2", "latest"]));
        Assert.Empty(usage.Of(Repo, Older, ["1.4.1"]));
    }

    [Fact]
    public void Of_TaskDefinitionReferencesDigest_MatchesByDigest()
    {
        var usage = Usage(Defined($"{Repo}@{Current}"));

        Assert.Single(usage.Of(Repo, Current, []));
    }

    [Fact]
    public void Of_OtherRepositorySameTag_DoesNotMatch()
    {
        var usage = Usage(Defined("123456789012.dkr.ecr.eu-west-1.amazonaws.com/news:1.4.2"));

        Assert.Empty(usage.Of(Repo, Current, ["1.4.2"]));
    }

    [Fact]
    public void RunningTasksOf_TwoContainersOfOneTask_CountsTheTaskOnce()
    {
        var usage = Usage(Running("t1", $"{Repo}:1", Current), Running("t1", $"{Repo}:1", Current) with { Container = "sidecar" }, Running("t2", $"{Repo}:1", Current));

        Assert.Equal(2, usage.RunningTasksOf(Repo));
    }

    [Theory]
    [InlineData("nginx", "nginx", "latest", null)]
    [InlineData("registry:5000/team/app", "registry:5000/team/app", "latest", null)]
    [InlineData("registry:5000/team/app:2.1", "registry:5000/team/app", "2.1", null)]
    [InlineData("repo/app@sha256:ff", "repo/app", null, "sha256:ff")]
    public void Parse_References_SplitsRepositoryTagAndDigest(string image, string repository, string? tag, string? digest)
    {
        Assert.Equal(new ImageReference(repository, tag, digest), ImageReference.Parse(image));
    }

    private static ImageUsage Usage(params ImageUse[] uses) => new(DateTimeOffset.UnixEpoch, uses);

    private static ImageUse Running(string task, string image, string digest) =>
        new(ImageUseKind.RunningTask, "prod", "users", task, "users:5", "app", image, digest);

    private static ImageUse Defined(string image) =>
        new(ImageUseKind.ServiceTaskDefinition, "prod", "users", null, "users:5", "app", image, null);
}
