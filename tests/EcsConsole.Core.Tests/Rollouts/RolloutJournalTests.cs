using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Rollouts;

/// <summary>The rollout journal on both store providers (PostgreSQL when <c>ECSCONSOLE_TEST_POSTGRES</c> is set).</summary>
public sealed class RolloutJournalTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private static RolloutRecord Record(string id, string service, DateTimeOffset startedAt, string note = "ship it") => new()
    {
        DeploymentArn = $"arn:aws:ecs:eu-west-1:000000000000:service-deployment/prod/{service}/{id}",
        Cluster = "prod",
        Service = service,
        Operator = "alice",
        Note = note,
        Kind = RolloutKind.Images,
        StartedAt = startedAt,
        FromTaskDefinition = $"{service}:4",
        ToTaskDefinition = $"{service}:5",
    };

    private static async Task RoundTripAsync(string provider)
    {
        await using var store = await CatalogStore.CreateAsync(provider, s => s.AddRollouts(new ConfigurationBuilder().Build()));
        var journal = store.Services.GetRequiredService<IRolloutJournal>();
        await journal.RecordAsync(Record("old", "news", Start.AddDays(-100)));
        await journal.RecordAsync(Record("a", "news", Start));
        await journal.RecordAsync(Record("a", "news", Start, note: "ship it, second try"));
        await journal.RecordAsync(Record("b", "users", Start));

        var found = await journal.GetAsync("prod", "news", Start.AddDays(-90));

        var only = Assert.Single(found.Values);
        Assert.Equal(("ship it, second try", RolloutKind.Images, "news:5", Start), (only.Note, only.Kind, only.ToTaskDefinition, only.StartedAt));
    }

    [Fact]
    public Task GetAsync_Sqlite_ReturnsTheServicesRecordsInTheWindowWithTheLatestWords() => RoundTripAsync("Sqlite");

    [RequiresPostgresFact]
    public Task GetAsync_PostgreSql_ReturnsTheServicesRecordsInTheWindowWithTheLatestWords() => RoundTripAsync("PostgreSql");
}
