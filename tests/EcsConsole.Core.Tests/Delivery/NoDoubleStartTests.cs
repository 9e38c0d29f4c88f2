using EcsConsole.Core.Delivery;
using EcsConsole.Core.Tests.Support;

namespace EcsConsole.Core.Tests.Delivery;

/// <summary>Two console instances evaluating the same policies on one store start each image once.</summary>
public sealed class NoDoubleStartTests
{
    [Fact]
    public Task EvaluateAsync_TwoInstancesOnSqlite_StartEachImageOnce() => TwoInstancesStartOnceAsync("Sqlite");

    [RequiresPostgresFact]
    public Task EvaluateAsync_TwoInstancesOnPostgreSql_StartEachImageOnce() => TwoInstancesStartOnceAsync("PostgreSql");

    [Fact]
    public async Task TryClaimAsync_SameDigestTwice_SecondClaimRefused()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");

        var first = await sandbox.Store.TryClaimAsync(Record());
        var second = await sandbox.Store.TryClaimAsync(Record());

        Assert.True(first);
        Assert.False(second);
    }

    private static async Task TwoInstancesStartOnceAsync(string provider)
    {
        var starter = new CountingStarter();
        await using var sandbox = await DeliverySandbox.StartAsync(provider, starter);
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");
        var one = sandbox.Evaluator(starter);
        var two = sandbox.Evaluator(starter);

        foreach (var version in new[] { "v1.5.0", "v1.6.0", "v1.7.0" })
        {
            sandbox.Time.Advance(TimeSpan.FromMinutes(1));
            sandbox.Sandbox.Engine.Ecr.PushImage("news", version);
            await Task.WhenAll(one.EvaluateAsync(), two.EvaluateAsync(), one.EvaluateAsync(), two.EvaluateAsync());
        }

        Assert.Equal(["v1.5.0", "v1.6.0", "v1.7.0"], starter.Started);
        var records = await sandbox.RecordsAsync("news-v");
        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.Equal(DeliveryState.Succeeded, r.State));
    }

    private static DeliveryRecord Record() => new()
    {
        PolicyName = "news-v",
        Cluster = "staging",
        Service = "news",
        Repository = "news",
        Image = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/news:v2.0.0",
        ImageTag = "v2.0.0",
        ImageDigest = "sha256:" + new string('a', 64),
        State = DeliveryState.Queued,
    };
}
