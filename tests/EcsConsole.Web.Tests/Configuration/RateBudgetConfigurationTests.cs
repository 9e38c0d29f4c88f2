using EcsConsole.Aws;
using EcsConsole.Aws.Budget;
using EcsConsole.Web.Extensions;
using Microsoft.Extensions.Configuration;

namespace EcsConsole.Web.Tests.Configuration;

public sealed class RateBudgetConfigurationTests
{
    [Fact]
    public void Read_NothingConfigured_IsEnabledAtHalfOfAws()
    {
        var options = RateBudgetExtensions.Read(Section());

        Assert.True(options.Enabled);
        Assert.Equal(0.5, options.Share);
        Assert.Empty(options.Limits);
    }

    [Fact]
    public void Read_BucketFigures_ReachTheBudget()
    {
        var options = RateBudgetExtensions.Read(Section(
            ("Share", "0.25"), ("ECS:ServiceRead:Rate", "4.5"), ("ECS:ServiceRead:Burst", "9"), ("CloudWatchLogs:GetLogEvents:Rate", "2"),
            ("CloudWatchLogs:GetLogEvents:Burst", "2")));
        using var budget = new AwsRateBudget(options, TimeProvider.System);

        Assert.Equal(new AwsRateLimit(4.5, 9), budget.LimitFor(AwsServices.Ecs, "DescribeServices"));
        Assert.Equal(new AwsRateLimit(2, 2), budget.LimitFor(AwsServices.Logs, "GetLogEvents"));
        Assert.Equal(new AwsRateLimit(5, 12), budget.LimitFor(AwsServices.Ecs, "ListClusters"));
    }

    [Fact]
    public void Read_Disabled_TurnsTheLimitOff()
    {
        Assert.False(RateBudgetExtensions.Read(Section(("Enabled", "false"))).Enabled);
    }

    [Theory]
    [InlineData("ECS:ServiceRead:Rate", "5", "Aws:RateBudget:ECS:ServiceRead needs both Rate (requests per second) and Burst (requests at once); Burst is missing.")]
    [InlineData("ECS:ServiceRead:Rate", "fast", "Aws:RateBudget:ECS:ServiceRead:Rate is 'fast'; give a number such as 5 or 2.5.")]
    [InlineData("Enabled", "yes", "Aws:RateBudget:Enabled is 'yes'; set it to true or false.")]
    public void Read_BadSetting_SaysWhatToFix(string key, string value, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => RateBudgetExtensions.Read(Section((key, value))));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Read_UnknownCategory_NamesTheServicesBuckets()
    {
        var error = Assert.Throws<ArgumentException>(() => RateBudgetExtensions.Read(Section(("ECS:ServiceReads:Rate", "1"), ("ECS:ServiceReads:Burst", "1"))));

        Assert.Contains("Aws:RateBudget:ECS:ServiceReads names no bucket the console uses; ECS has", error.Message, StringComparison.Ordinal);
        Assert.Contains("ECS:ServiceRead,", error.Message, StringComparison.Ordinal);
    }

    private static IConfigurationSection Section(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(value => new KeyValuePair<string, string?>($"Aws:RateBudget:{value.Key}", value.Value)))
            .Build()
            .GetSection(RateBudgetExtensions.SectionName);
}
