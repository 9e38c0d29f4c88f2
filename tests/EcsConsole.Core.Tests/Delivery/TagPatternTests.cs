using EcsConsole.Core.Delivery;

namespace EcsConsole.Core.Tests.Delivery;

public sealed class TagPatternTests
{
    [Theory]
    [InlineData("v*", "v1.5.0", true)]
    [InlineData("v*", "1.5.0", false)]
    [InlineData("v1.*", "v1.2.3", true)]
    [InlineData("v1.*", "v2.0.0", false)]
    [InlineData("main-*", "main-4f2a9c1", true)]
    [InlineData("main-*", "feature-main-1", false)]
    [InlineData("*", "anything", true)]
    [InlineData("release-?", "release-7", true)]
    [InlineData("release-?", "release-10", false)]
    [InlineData("*-rc*", "2.0.0-rc1", true)]
    public void Matches_Glob_MatchesTheWholeTag(string pattern, string tag, bool expected) =>
        Assert.Equal(expected, TagPattern.Parse(pattern).Matches(tag));

    [Theory]
    [InlineData(">=2.3.0 <3", "2.3.0", true)]
    [InlineData(">=2.3.0 <3", "v2.9.14", true)]
    [InlineData(">=2.3.0 <3", "3.0.0", false)]
    [InlineData(">=2.3.0 <3", "2.2.9", false)]
    [InlineData(">=2.3.0 <3", "2.4.0-rc.1", false)]
    [InlineData(">=2.3.0 <3", "latest", false)]
    [InlineData("^1.4", "1.9.0", true)]
    [InlineData("^1.4", "1.3.9", false)]
    [InlineData("^1.4", "2.0.0", false)]
    [InlineData("^0.3", "0.3.7", true)]
    [InlineData("^0.3", "0.4.0", false)]
    [InlineData("~2.3.1", "2.3.9", true)]
    [InlineData("~2.3.1", "2.4.0", false)]
    [InlineData("=1.0.0", "v1.0.0", true)]
    [InlineData("=2.3", "2.3.5", true)]
    [InlineData("<=2.3", "2.3.99", true)]
    [InlineData(">2.3", "2.3.5", false)]
    [InlineData(">2.3", "2.4.0", true)]
    public void Matches_VersionRange_FollowsSemVerOrder(string pattern, string tag, bool expected) =>
        Assert.Equal(expected, TagPattern.Parse(pattern).Matches(tag));

    [Theory]
    [InlineData("")]
    [InlineData("v1 v2")]
    [InlineData(">=two")]
    [InlineData(">=1.0.0 3")]
    [InlineData(">=1.2.3.4")]
    public void Parse_NotAPattern_SaysWhatToWrite(string pattern)
    {
        Assert.False(TagPattern.TryParse(pattern, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void IsVersionRange_OperatorFirst_IsRange()
    {
        Assert.True(TagPattern.Parse(">=1.0.0").IsVersionRange);
        Assert.False(TagPattern.Parse("v1.*").IsVersionRange);
    }

    [Fact]
    public void CompareTo_PreReleases_OrderBelowTheRelease()
    {
        var ordered = new[] { "1.0.0", "1.0.0-rc.1", "1.0.0-alpha", "1.0.0-alpha.1", "0.9.9", "1.0.0-beta.11", "1.0.0-beta.2" }
            .Select(t => SemanticVersion.TryParse(t)!)
            .Order()
            .Select(v => v.ToString());

        Assert.Equal(["0.9.9", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"], ordered);
    }
}
