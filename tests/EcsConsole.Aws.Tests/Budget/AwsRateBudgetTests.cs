using Amazon.Runtime;
using EcsConsole.Aws.Budget;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Aws.Tests.Budget;

public sealed class AwsRateBudgetTests
{
    private static readonly AwsConnectionSettings Account = new("eu-west-1", null, null, new BasicAWSCredentials("AKID", "s"), AwsConnectionSettings.AwsMode)
    {
        ConnectionName = "prod",
    };

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void LimitFor_NothingConfigured_IsHalfOfAwsFigures()
    {
        using var budget = new AwsRateBudget(new AwsRateBudgetOptions(), _clock);

        Assert.Equal(new AwsRateLimit(10, 25), budget.LimitFor(AwsThrottleCategories.EcsClusterRead));
        Assert.Equal(new AwsRateLimit(10, 25), budget.LimitFor(AwsServices.Ecs, "DescribeServices"));
        Assert.Equal(new AwsRateLimit(12.5, 12), budget.LimitFor(AwsServices.Logs, "GetLogEvents"));
    }

    [Fact]
    public void LimitFor_Configured_TakesTheConfiguredFigures()
    {
        using var budget = Budget(("ecs:serviceread", new AwsRateLimit(3, 7)));

        Assert.Equal(new AwsRateLimit(3, 7), budget.LimitFor(AwsServices.Ecs, "ListServices"));
        Assert.Equal(new AwsRateLimit(10, 25), budget.LimitFor(AwsServices.Ecs, "ListClusters"));
    }

    [Theory]
    [InlineData(0, 5, "Rate must be a number of requests per second above 0")]
    [InlineData(2, 0, "Burst must be at least 1")]
    public void Constructor_BadFigure_SaysWhichSettingToFix(double rate, int burst, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => Budget(("ECS:ServiceRead", new AwsRateLimit(rate, burst))));

        Assert.Contains("Aws:RateBudget:ECS:ServiceRead", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ShareAboveOne_SaysWhatItMustBe()
    {
        var error = Assert.Throws<ArgumentException>(() => new AwsRateBudget(new AwsRateBudgetOptions { Share = 1.5 }, _clock));

        Assert.Contains("Aws:RateBudget:Share must be above 0 and at most 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcquireAsync_WithinBurst_DoesNotWaitAsync()
    {
        using var budget = Budget(("ECS:ClusterRead", new AwsRateLimit(2, 3)));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(TimeSpan.Zero, await budget.AcquireAsync(Account, AwsServices.Ecs, "ListClusters", CancellationToken.None));
        }

        Assert.False(budget.AcquireAsync(Account, AwsServices.Ecs, "ListClusters", CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task AcquireAsync_BucketEmpty_WaitsForTheRefillAndCountsTheWaitAsync()
    {
        using var budget = Budget(("ECS:ClusterRead", new AwsRateLimit(2, 1)));
        await budget.AcquireAsync(Account, AwsServices.Ecs, "ListClusters", CancellationToken.None);

        var waiting = budget.AcquireAsync(Account, AwsServices.Ecs, "DescribeClusters", CancellationToken.None).AsTask();
        _clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(waiting.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(TimeSpan.FromMilliseconds(500), await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(TimeSpan.FromMilliseconds(500), budget.TotalWait);
        Assert.Equal(1, budget.WaitedAttempts);
    }

    [Fact]
    public async Task AcquireAsync_SustainedLoad_GrantsTheConfiguredRateAsync()
    {
        using var budget = Budget(("ECS:ServiceRead", new AwsRateLimit(25, 5)));
        var calls = Enumerable.Range(0, 55).Select(_ => budget.AcquireAsync(Account, AwsServices.Ecs, "DescribeServices", CancellationToken.None).AsTask()).ToList();

        Assert.Equal(5, calls.Count(call => call.IsCompleted));
        for (var step = 0; step < 20; step++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(2), await calls[^1]);
    }

    [Fact]
    public async Task AcquireAsync_InteractiveQueuedAfterBackground_IsServedFirstAsync()
    {
        using var budget = Budget(("ECS:ServiceRead", new AwsRateLimit(1, 1)));
        await budget.AcquireAsync(Account, AwsServices.Ecs, "DescribeServices", CancellationToken.None);
        Task<TimeSpan> background;
        using (AwsCallPriorityScope.Background())
        {
            background = budget.AcquireAsync(Account, AwsServices.Ecs, "DescribeServices", CancellationToken.None).AsTask();
        }

        var interactive = budget.AcquireAsync(Account, AwsServices.Ecs, "ListServices", CancellationToken.None).AsTask();
        _clock.Advance(TimeSpan.FromSeconds(1));

        await interactive.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(background.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(2), await background.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task AcquireAsync_BackgroundWithTokensButInteractiveQueued_WaitsItsTurnAsync()
    {
        using var budget = Budget(("ECS:ServiceRead", new AwsRateLimit(1, 1)));
        await budget.AcquireAsync(Account, AwsServices.Ecs, "DescribeServices", CancellationToken.None);
        var interactive = budget.AcquireAsync(Account, AwsServices.Ecs, "DescribeServices", CancellationToken.None).AsTask();

        using (AwsCallPriorityScope.Background())
        {
            var background = budget.AcquireAsync(Account, AwsServices.Ecs, "DescribeServices", CancellationToken.None).AsTask();
            _clock.Advance(TimeSpan.FromSeconds(1));
            await interactive.WaitAsync(TimeSpan.FromSeconds(5));
            Assert.False(background.IsCompleted);
        }
    }

    [Fact]
    public async Task AcquireAsync_OtherAccountOrCategory_HasItsOwnBucketAsync()
    {
        using var budget = Budget(("ECS:ClusterRead", new AwsRateLimit(1, 1)), ("ECS:ServiceRead", new AwsRateLimit(1, 1)));
        await budget.AcquireAsync(Account, AwsServices.Ecs, "ListClusters", CancellationToken.None);

        var otherCategory = budget.AcquireAsync(Account, AwsServices.Ecs, "ListServices", CancellationToken.None);
        var otherAccount = budget.AcquireAsync(Account with { ConnectionName = "staging" }, AwsServices.Ecs, "ListClusters", CancellationToken.None);
        var otherRegion = budget.AcquireAsync(Account with { Region = "us-east-1" }, AwsServices.Ecs, "ListClusters", CancellationToken.None);

        Assert.True(otherCategory.IsCompletedSuccessfully);
        Assert.True(otherAccount.IsCompletedSuccessfully);
        Assert.True(otherRegion.IsCompletedSuccessfully);
        Assert.False(budget.AcquireAsync(Account, AwsServices.Ecs, "DescribeClusters", CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void KeyFor_AssumedRole_IsKeyedByTheRolesAccount()
    {
        var settings = Account with { AssumeRole = new AwsAssumeRoleSettings("arn:aws:iam::123456789012:role/console") };

        var key = AwsRateBudget.KeyFor(settings, AwsServices.Ecs, "ListClusters");

        Assert.Equal("123456789012/eu-west-1/ECS:ClusterRead", key.ToString());
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ThrowsAndLeavesTheTokenToTheNextAsync()
    {
        using var budget = Budget(("ECS:ClusterRead", new AwsRateLimit(1, 1)));
        await budget.AcquireAsync(Account, AwsServices.Ecs, "ListClusters", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = budget.AcquireAsync(Account, AwsServices.Ecs, "ListClusters", cancel.Token).AsTask();
        var next = budget.AcquireAsync(Account, AwsServices.Ecs, "ListClusters", CancellationToken.None).AsTask();

        await cancel.CancelAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(TimeSpan.FromSeconds(1), await next.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task AcquireAsync_Disabled_NeverWaitsAsync()
    {
        using var budget = new AwsRateBudget(new AwsRateBudgetOptions { Enabled = false, Limits = Limits(("ECS:ClusterRead", new AwsRateLimit(1, 1))) }, _clock);

        for (var i = 0; i < 100; i++)
        {
            Assert.True(budget.AcquireAsync(Account, AwsServices.Ecs, "ListClusters", CancellationToken.None).IsCompletedSuccessfully);
        }
    }

    private AwsRateBudget Budget(params (string Key, AwsRateLimit Limit)[] limits) =>
        new(new AwsRateBudgetOptions { Limits = Limits(limits) }, _clock);

    private static Dictionary<string, AwsRateLimit> Limits(params (string Key, AwsRateLimit Limit)[] limits) =>
        limits.ToDictionary(limit => limit.Key, limit => limit.Limit);
}
