using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Core.Images;
using EcsConsole.Core.Live;
using EcsConsole.Core.TaskDefinitions;
using EcsConsole.Core.Timeline;
using EcsConsole.Web.Model;

namespace EcsConsole.Web.Tests.Catalog;

public sealed class CatalogModelTests
{
    [Theory]
    [InlineData(null, "—")]
    [InlineData(512L, "512 B")]
    [InlineData(1536L, "1.5 KiB")]
    [InlineData(124_151_398L, "118.4 MiB")]
    [InlineData(3_221_225_472L, "3.0 GiB")]
    public void Size_Bytes_HumanReadableBinaryUnits(long? bytes, string expected) =>
        Assert.Equal(expected, ImageFormatting.Size(bytes));

    [Fact]
    public void Findings_CountsBySeverity_MostSevereFirst()
    {
        var image = Image(findings: [new SeverityCount("CRITICAL", 1), new SeverityCount("HIGH", 3)], scan: "COMPLETE");

        Assert.Equal("1 critical · 3 high", ImageFormatting.Findings(image));
        Assert.Equal("CRITICAL", ImageFormatting.WorstSeverity(image));
    }

    [Theory]
    [InlineData(null, "not scanned")]
    [InlineData("COMPLETE", "no findings")]
    [InlineData("IN_PROGRESS", "in progress")]
    public void Findings_NoCounts_SaysWhyFromScanStatus(string? scan, string expected) =>
        Assert.Equal(expected, ImageFormatting.Findings(Image(findings: [], scan: scan)));

    [Fact]
    public void Group_UsesOfOneImage_OneLinePerServiceRunningFirst()
    {
        var image = Image(uses:
        [
            new ImageUse(ImageUseKind.ServiceTaskDefinition, "staging", "users", null, "users:5", "app", "r:1", null),
            new ImageUse(ImageUseKind.RunningTask, "prod", "users", "t2", "users:5", "app", "r:1", "d"),
            new ImageUse(ImageUseKind.RunningTask, "prod", "users", "t1", "users:5", "app", "r:1", "d"),
            new ImageUse(ImageUseKind.ServiceTaskDefinition, "prod", "users", null, "users:5", "app", "r:1", null),
        ]);

        var uses = RepositoryViewModel.Group(image);

        Assert.Equal(["prod/users", "staging/users"], uses.Select(u => u.Label));
        Assert.Equal(["t1", "t2"], uses[0].RunningTaskIds);
        Assert.True(uses[0].InTaskDefinition);
        Assert.Empty(uses[1].RunningTaskIds);
    }

    [Fact]
    public void Select_DigestOfUnknownImage_SelectsNothing()
    {
        var model = new RepositoryViewModel();
        model.Load(new RepositoryImages(new RepositorySummary("users", "r", "arn", null, null, false, 0), [Image()], DateTimeOffset.UnixEpoch), "sha256:gone");

        Assert.Null(model.Selected);
        Assert.Empty(model.Uses);
    }

    [Fact]
    public void Matching_ClusterFilterAndDeploymentKinds_NewestFirst()
    {
        var model = new TimelineViewModel();
        model.Reset(
        [
            Entry("a", 1, "prod", TimelineKind.DeploymentStarted),
            Entry("b", 3, "prod", TimelineKind.DeploymentCompleted),
            Entry("c", 2, "prod", TimelineKind.ServiceEvent),
            Entry("d", 4, "staging", TimelineKind.DeploymentFailed),
        ]);

        model.Query = new TimelineQuery(Cluster: "prod", Kind: TimelineQuery.Deployments);

        Assert.Equal(["b", "a"], model.Matching.Select(e => e.Id));
    }

    [Fact]
    public void Matching_SingleKind_OnlyThatKind()
    {
        var model = new TimelineViewModel();
        model.Reset([Entry("a", 1, "prod", TimelineKind.DeploymentStarted), Entry("b", 2, "prod", TimelineKind.DeploymentFailed)]);

        model.Query = new TimelineQuery(Kind: "failed");

        Assert.Equal(["b"], model.Matching.Select(e => e.Id));
    }

    [Fact]
    public void Services_ClusterChosen_OnlyThatClustersServices()
    {
        var model = new TimelineViewModel { Query = new TimelineQuery(Cluster: "staging") };
        model.Reset([Entry("a", 1, "prod", TimelineKind.ServiceEvent, "users"), Entry("b", 1, "staging", TimelineKind.ServiceEvent, "blog")]);

        Assert.Equal(["blog"], model.Services);
    }

    [Fact]
    public void ToQueryParameters_BlankFilters_LeaveTheUrl()
    {
        var parameters = new TimelineQuery(Cluster: "prod", Service: " ", Kind: null).ToQueryParameters();

        Assert.Equal("prod", parameters["cluster"]);
        Assert.Null(parameters["service"]);
        Assert.Null(parameters["kind"]);
    }

    [Fact]
    public void Choose_NoRevisionsAsked_NewestAndTheOneBefore()
    {
        var model = new TaskDefinitionDiffViewModel();

        model.Choose([Revision(3), Revision(5), Revision(4)], null, null);

        Assert.Equal((4, 5), (model.From, model.To));
        Assert.Null(model.Notice);
    }

    [Fact]
    public void Choose_BothAskedAndActive_KeepsThemInTheirOrder()
    {
        var model = new TaskDefinitionDiffViewModel();

        model.Choose([Revision(3), Revision(4), Revision(5)], 5, 3);

        Assert.Equal((5, 3), (model.From, model.To));
    }

    private static TaskDefinitionRevision Revision(int revision) => new("users", revision, $"arn:users:{revision}");

    private static TimelineEntry Entry(string id, int minute, string cluster, TimelineKind kind, string service = "users") =>
        new(id, DateTimeOffset.UnixEpoch.AddMinutes(minute), cluster, service, kind, id);

    private static ImageVersion Image(SeverityCount[]? findings = null, string? scan = null, ImageUse[]? uses = null) =>
        new("sha256:0123456789abcdef", new ValueList<string>(["1.0"]), DateTimeOffset.UnixEpoch, 100, scan,
            new ValueList<SeverityCount>(findings ?? []), new ValueList<ImageUse>(uses ?? []));
}
