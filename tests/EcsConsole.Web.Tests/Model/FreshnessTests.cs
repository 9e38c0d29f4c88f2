using EcsConsole.Web.Model;

namespace EcsConsole.Web.Tests.Model;

public sealed class FreshnessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0.4, "updated just now")]
    [InlineData(12, "updated 12s ago")]
    [InlineData(125, "updated 2m ago")]
    [InlineData(7300, "updated 2h ago")]
    public void Describe_Age_ReadsLikeAnOperatorSaysIt(double secondsAgo, string expected) =>
        Assert.Equal(expected, Freshness.Describe(Now - TimeSpan.FromSeconds(secondsAgo), Now));

    [Fact]
    public void Describe_NeverRefreshed_SaysNotLoaded() =>
        Assert.Equal("not loaded yet", Freshness.Describe(null, Now));

    [Theory]
    [InlineData(20, "as of 20 s ago")]
    [InlineData(130, "as of 2 min ago")]
    [InlineData(3 * 3600 + 5, "as of 3 h ago")]
    [InlineData(5 * 86400, "as of 5 days ago")]
    public void AsOf_KeptSnapshotAge_ReadsLikeAnOperatorSaysIt(double secondsAgo, string expected) =>
        Assert.Equal(expected, Freshness.AsOf(Now - TimeSpan.FromSeconds(secondsAgo), Now));

    [Theory]
    [InlineData(5, "5 s")]
    [InlineData(44, "44 s")]
    [InlineData(120, "2 min")]
    [InlineData(150, "2 min 30 s")]
    public void Every_PollInterval_ReadsLikeAnOperatorSaysIt(double seconds, string expected) =>
        Assert.Equal(expected, Freshness.Every(TimeSpan.FromSeconds(seconds)));
}
