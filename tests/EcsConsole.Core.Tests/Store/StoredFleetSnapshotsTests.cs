using System.Collections.Immutable;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Store;
using EcsConsole.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Store;

/// <summary>
/// The kept fleet snapshot on SQLite and PostgreSQL (when <c>ECSCONSOLE_TEST_POSTGRES</c> is set): what is saved loads
/// back equal, an unchanged fleet renews only its age and not on every poll, and a second instance on the same store
/// sees what the first kept.
/// </summary>
public sealed class StoredFleetSnapshotsTests
{
    private const string Key = "default@eu-west-1#0123456789ab";
    private static readonly DateTimeOffset ReadAt = new(2026, 12, 7, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public Task Save_Sqlite_LoadsBackTheSameFleetAndAge() => RoundTripAsync("Sqlite");

    [RequiresPostgresFact]
    public Task Save_PostgreSql_LoadsBackTheSameFleetAndAge() => RoundTripAsync("PostgreSql");

    [Fact]
    public Task Save_Sqlite_UnchangedFleetRenewsOnlyTheAgeAndNotOnEveryPoll() => UnchangedAsync("Sqlite");

    [RequiresPostgresFact]
    public Task Save_PostgreSql_UnchangedFleetRenewsOnlyTheAgeAndNotOnEveryPoll() => UnchangedAsync("PostgreSql");

    [RequiresPostgresFact]
    public async Task Load_PostgreSql_SecondInstanceSeesWhatTheFirstKept()
    {
        await using var store = await CatalogStore.CreateAsync("PostgreSql", _ => { });
        var second = await store.AddInstanceAsync(new Dictionary<string, string?>(), _ => { });

        await Kept(store.Services).SaveAsync(Key, Fleet(3), ReadAt, changed: true, CancellationToken.None);

        var kept = await Kept(second).LoadAsync(Key, CancellationToken.None);
        Assert.Equal(3, kept!.Snapshot.ServicesByCluster["prod"].Length);
    }

    [Fact]
    public async Task Load_NothingKept_ReturnsNull()
    {
        await using var store = await CatalogStore.CreateAsync("Sqlite", _ => { });

        Assert.Null(await Kept(store.Services).LoadAsync(Key, CancellationToken.None));
    }

    private static async Task RoundTripAsync(string provider)
    {
        await using var store = await CatalogStore.CreateAsync(provider, _ => { });
        var fleet = Fleet(25);

        await Kept(store.Services).SaveAsync(Key, fleet, ReadAt, changed: true, CancellationToken.None);
        var kept = await Kept(store.Services).LoadAsync(Key, CancellationToken.None);

        Assert.Equal(ReadAt, kept!.ReadAt);
        // As arrays: ImmutableArray's own equality is the reference of its array, not its items.
        Assert.Equal(fleet.Clusters.ToArray(), kept.Snapshot.Clusters.ToArray());
        Assert.Equal(fleet.ServicesByCluster["prod"].ToArray(), kept.Snapshot.ServicesByCluster["prod"].ToArray());
        Assert.Equal(["1.4.2", "@sha256:0a1b"], kept.Snapshot.ServicesByCluster["prod"][0].ImageTags);
    }

    private static async Task UnchangedAsync(string provider)
    {
        await using var store = await CatalogStore.CreateAsync(provider, _ => { });
        var kept = Kept(store.Services);
        await kept.SaveAsync(Key, Fleet(2), ReadAt, changed: true, CancellationToken.None);

        // The fleet passed is different, but "unchanged" says the feeds saw no change: only the age may move.
        await kept.SaveAsync(Key, Fleet(9), ReadAt.AddSeconds(5), changed: false, CancellationToken.None);
        Assert.Equal((ReadAt, 2), await RowAsync(store.Services));

        await kept.SaveAsync(Key, Fleet(9), ReadAt + StoredFleetSnapshots.AgeRenewal, changed: false, CancellationToken.None);
        Assert.Equal((ReadAt + StoredFleetSnapshots.AgeRenewal, 2), await RowAsync(store.Services));

        await kept.SaveAsync(Key, Fleet(9), ReadAt + StoredFleetSnapshots.AgeRenewal + TimeSpan.FromSeconds(5), changed: true, CancellationToken.None);
        Assert.Equal((ReadAt + StoredFleetSnapshots.AgeRenewal + TimeSpan.FromSeconds(5), 9), await RowAsync(store.Services));
    }

    private static IFleetSnapshotStore Kept(IServiceProvider services) => services.GetRequiredService<IFleetSnapshotStore>();

    private static async Task<(DateTimeOffset ReadAt, int Services)> RowAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var row = await db.FleetSnapshots.AsNoTracking().SingleAsync(r => r.ConnectionKey == Key);
        return (row.ReadAt, row.ServiceCount);
    }

    private static FleetSnapshot Fleet(int services)
    {
        var ecs = new FakeEcsClient();
        var cluster = ecs.AddCluster("prod", runningTasks: 4).ToSummary();
        var summaries = Enumerable.Range(0, services)
            .Select(i => ecs.AddService("prod", $"svc-{i:00}").ToSummary("prod") with { ImageTags = new(["1.4.2", "@sha256:0a1b"]) });
        return new FleetSnapshot([cluster], ImmutableDictionary<string, ImmutableArray<ServiceSummary>>.Empty.Add("prod", [.. summaries]));
    }
}
