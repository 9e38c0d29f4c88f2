using EcsConsole.Core.Delivery;
using EcsConsole.Core.Images;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.Tests.Delivery;

public sealed class DeliveryOverviewTests
{
    [Fact]
    public void NameOf_DigestTaggedLatestAndVersion_NamesTheVersion()
    {
        Assert.Equal("v1.5.0", DeliveryOverviewBuilder.NameOf(["latest", "v1.5.0", "v1.5"]));
    }

    [Fact]
    public void NameOf_OnlyLatest_NamesLatest()
    {
        Assert.Equal("latest", DeliveryOverviewBuilder.NameOf(["latest"]));
    }

    [Fact]
    public void Build_ServiceInAnotherAccountPullsFromThisRegistry_JoinsTheRowNamedWithWhereItIs()
    {
        const string Uri = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/users";
        var newer = Image("sha256:new", "1.4.2", DateTimeOffset.UnixEpoch.AddDays(2), Defined("prod", $"{Uri}:1.4.2"));
        var older = Image("sha256:old", "1.4.1", DateTimeOffset.UnixEpoch.AddDays(1));
        var repository = new RepositoryImages(new RepositorySummary("users", Uri, "arn:repo/users", null, null, false, 2), [newer, older], DateTimeOffset.UnixEpoch);
        var platform = new ElsewhereUsage("platform · 222222222222 · eu-west-1", new ImageUsage(DateTimeOffset.UnixEpoch,
            [Defined("platform", $"{Uri}:1.4.1"), Defined("platform", "222222222222.dkr.ecr.eu-west-1.amazonaws.com/gateway:2.5.0")]));

        var row = Assert.Single(DeliveryOverviewBuilder.Build(repository, [platform]));

        Assert.Equal([("prod", null, "1.4.2"), ("platform", "platform · 222222222222 · eu-west-1", "1.4.1")], row.Clusters.Select(c => (c.Cluster, c.Place, c.Tag)));
        Assert.Equal(["prod ahead of platform (platform · 222222222222 · eu-west-1) by 1 version"], row.Gaps);
    }

    [Fact]
    public void Build_NothingElsewhere_OnlyThisConnectionsClusters()
    {
        const string Uri = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/users";
        var image = Image("sha256:new", "1.4.2", DateTimeOffset.UnixEpoch, Defined("prod", $"{Uri}:1.4.2"));
        var repository = new RepositoryImages(new RepositorySummary("users", Uri, "arn:repo/users", null, null, false, 2), [image], DateTimeOffset.UnixEpoch);

        var row = Assert.Single(DeliveryOverviewBuilder.Build(repository));

        Assert.Equal(["prod"], row.Clusters.Select(c => c.Label));
    }

    private static ImageVersion Image(string digest, string tag, DateTimeOffset pushedAt, params ImageUse[] uses) =>
        new(digest, new ValueList<string>([tag]), pushedAt, 1, null, ValueList<SeverityCount>.Empty, new ValueList<ImageUse>(uses));

    private static ImageUse Defined(string cluster, string image) =>
        new(ImageUseKind.ServiceTaskDefinition, cluster, image.Contains("gateway", StringComparison.Ordinal) ? "gateway" : "users", null, "users:1", "users", image, null);
}
