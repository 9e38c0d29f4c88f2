using EcsConsole.Core.Images;
using EcsConsole.Core.Live;
using EcsConsole.Core.Rollouts;
using EcsConsole.Web.Model.Rollouts;
using MudBlazor;

namespace EcsConsole.Web.Tests.Rollouts;

public sealed class RolloutWordsTests
{
    [Fact]
    public void Outcome_RolledBack_ReadsRolledBackInRed()
    {
        Assert.Equal("Rolled back", DeploymentWords.Outcome(DeploymentOutcome.RolledBack));
        Assert.Equal(Color.Error, DeploymentWords.OutcomeColor(DeploymentOutcome.RolledBack));
        Assert.Equal(Color.Success, DeploymentWords.OutcomeColor(DeploymentOutcome.Succeeded));
        Assert.Equal("In progress", DeploymentWords.Outcome(null));
    }

    [Fact]
    public void Stage_EcsWord_ReadsAsAHeading() =>
        Assert.Equal("Production traffic shift", DeploymentWords.Stage("PRODUCTION_TRAFFIC_SHIFT"));

    [Fact]
    public void Image_EcrReference_DropsTheRegistryHost()
    {
        Assert.Equal("news:1.5.0", DeploymentWords.Image($"{RolloutSamples.Registry}/news:1.5.0"));
        Assert.Equal("library/nginx:1", DeploymentWords.Image("library/nginx:1"));
    }

    [Fact]
    public void Id_DeploymentArn_IsTheLastSegment()
    {
        Assert.Equal("dep1", ConsoleRoutes.DeploymentId(RolloutSamples.DeploymentArn));
        Assert.Equal("/clusters/prod/services/news/deployments/dep1", ConsoleRoutes.Deployment("prod", "news", RolloutSamples.DeploymentArn));
    }

    [Theory]
    [InlineData(0.2, "0:01")]
    [InlineData(0, "0:00")]
    [InlineData(65, "1:05")]
    [InlineData(3725, "1:02:05")]
    public void Format_Remaining_RoundsUpToWholeSeconds(double seconds, string expected) =>
        Assert.Equal(expected, Countdown.Format(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Duration_Minutes_ReadsMinutesAndSeconds()
    {
        Assert.Equal("4 min 05 s", Countdown.Duration(TimeSpan.FromSeconds(245)));
        Assert.Equal("42 s", Countdown.Duration(TimeSpan.FromSeconds(42)));
        Assert.Equal("1 h 12 min", Countdown.Duration(TimeSpan.FromMinutes(72)));
    }

    [Fact]
    public void Choices_TaggedAndUntaggedImages_ListTagsNewestFirstThenDigests()
    {
        var older = new ImageVersion("sha256:" + new string('a', 64), new ValueList<string>(["1.4.1"]), RolloutSamples.At.AddDays(-1), 1, null, ValueList<SeverityCount>.Empty, ValueList<ImageUse>.Empty);
        var newer = new ImageVersion("sha256:" + new string('b', 64), new ValueList<string>(["1.5.0", "latest"]), RolloutSamples.At, 1, null, ValueList<SeverityCount>.Empty, ValueList<ImageUse>.Empty);

        var choices = EcrImageChoices.Choices("repo/news", [older, newer]);

        Assert.Equal(["repo/news:1.5.0", "repo/news:latest", "repo/news:1.4.1", $"repo/news@{newer.Digest}", $"repo/news@{older.Digest}"], choices.Select(c => c.Reference));
        Assert.StartsWith("sha256:bbbbbbbbbbbb (1.5.0, latest)", choices[3].Label);
    }
}
