using EcsConsole.Core.Delivery;
using EcsConsole.Core.Store;
using EcsConsole.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Store;

/// <summary>
/// Owner leases between two console instances (two containers, ids <c>a</c> and <c>b</c>) on one store, SQLite and
/// PostgreSQL (when <c>ECSCONSOLE_TEST_POSTGRES</c> is set), on a fake clock: one holder at a time, taken over only once
/// expired, kept alive by renewing, given back on dispose, and the loser of a takeover told so.
/// </summary>
public sealed class OwnerLeaseTests
{
    private static readonly TimeSpan Expiry = new LeaseOptions().Expiry;

    [Fact]
    public Task TryAcquire_Sqlite_HeldByAnotherIsRefusedUntilItExpires() => HeldUntilExpiredAsync("Sqlite");

    [RequiresPostgresFact]
    public Task TryAcquire_PostgreSql_HeldByAnotherIsRefusedUntilItExpires() => HeldUntilExpiredAsync("PostgreSql");

    [Fact]
    public Task RenewAll_Sqlite_KeepsTheLeasePastItsFirstExpiry() => RenewedAsync("Sqlite");

    [RequiresPostgresFact]
    public Task RenewAll_PostgreSql_KeepsTheLeasePastItsFirstExpiry() => RenewedAsync("PostgreSql");

    [Fact]
    public Task Dispose_Sqlite_GivesTheLeaseBackAtOnce() => GivenBackAsync("Sqlite");

    [RequiresPostgresFact]
    public Task Dispose_PostgreSql_GivesTheLeaseBackAtOnce() => GivenBackAsync("PostgreSql");

    [Fact]
    public Task TryAcquire_Sqlite_TwoInstancesAtOnceExactlyOneWins() => RaceAsync("Sqlite");

    [RequiresPostgresFact]
    public Task TryAcquire_PostgreSql_TwoInstancesAtOnceExactlyOneWins() => RaceAsync("PostgreSql");

    private static async Task HeldUntilExpiredAsync(string provider)
    {
        await using var pair = await Pair.StartAsync(provider);
        await pair.AddPolicyAsync("news");

        await using var held = await pair.A.TryAcquireAsync<DeliveryPolicy>("p/news", p => p.Name == "news", CancellationToken.None);
        Assert.NotNull(held);
        Assert.Null(await pair.A.TryAcquireAsync<DeliveryPolicy>("p/news", p => p.Name == "news", CancellationToken.None));
        Assert.Null(await pair.B.TryAcquireAsync<DeliveryPolicy>("p/news", p => p.Name == "news", CancellationToken.None));
        Assert.Equal(("a", pair.Start), (await pair.LeaseAsync("news"))!.Value);

        pair.Clock.Advance(Expiry - TimeSpan.FromSeconds(1));
        Assert.Null(await pair.B.TryAcquireAsync<DeliveryPolicy>("p/news", p => p.Name == "news", CancellationToken.None));

        pair.Clock.Advance(TimeSpan.FromSeconds(1));
        await using var taken = await pair.B.TryAcquireAsync<DeliveryPolicy>("p/news", p => p.Name == "news", CancellationToken.None);

        Assert.NotNull(taken);
        Assert.Equal("b", (await pair.LeaseAsync("news"))!.Value.Owner);
        // The earlier holder learns at its next heartbeat, and its work is cancelled.
        Assert.Equal(1, await pair.A.RenewAllAsync(CancellationToken.None));
        Assert.True(held.IsLost);
        Assert.True(held.Lost.IsCancellationRequested);
        await held.DisposeAsync();
        Assert.Equal("b", (await pair.LeaseAsync("news"))!.Value.Owner);
    }

    private static async Task RenewedAsync(string provider)
    {
        await using var pair = await Pair.StartAsync(provider);
        await pair.AddPolicyAsync("news");
        await using var held = await pair.A.TryAcquireAsync<DeliveryPolicy>("p/news", p => p.Name == "news", CancellationToken.None);

        pair.Clock.Advance(Expiry * 2 / 3);
        Assert.Equal(0, await pair.A.RenewAllAsync(CancellationToken.None));
        pair.Clock.Advance(Expiry * 2 / 3);

        Assert.Null(await pair.B.TryAcquireAsync<DeliveryPolicy>("p/news", p => p.Name == "news", CancellationToken.None));
        Assert.False(held!.IsLost);
        pair.Clock.Advance(Expiry);
        Assert.NotNull(await pair.B.TryAcquireAsync<DeliveryPolicy>("p/news", p => p.Name == "news", CancellationToken.None));
    }

    private static async Task GivenBackAsync(string provider)
    {
        await using var pair = await Pair.StartAsync(provider);
        await pair.AddPolicyAsync("news");
        var held = await pair.A.TryAcquireAsync<DeliveryPolicy>("p/news", p => p.Name == "news", CancellationToken.None);

        await held!.DisposeAsync();

        Assert.Null(await pair.LeaseAsync("news"));
        Assert.Empty(pair.A.HeldKeys);
        Assert.NotNull(await pair.B.TryAcquireAsync<DeliveryPolicy>("p/news", p => p.Name == "news", CancellationToken.None));
    }

    private static async Task RaceAsync(string provider)
    {
        await using var pair = await Pair.StartAsync(provider);
        for (var i = 0; i < 20; i++)
        {
            var name = $"policy-{i}";
            await pair.AddPolicyAsync(name);

            var both = await Task.WhenAll(
                Task.Run(() => pair.A.TryAcquireAsync<DeliveryPolicy>(name, p => p.Name == name, CancellationToken.None)),
                Task.Run(() => pair.B.TryAcquireAsync<DeliveryPolicy>(name, p => p.Name == name, CancellationToken.None)));

            var winner = Assert.Single(both, h => h is not null)!;
            Assert.Equal(winner.Owner, (await pair.LeaseAsync(name))!.Value.Owner);
        }
    }

    /// <summary>Two console instances, <c>a</c> and <c>b</c>, on one fresh store and one fake clock.</summary>
    private sealed class Pair : IAsyncDisposable
    {
        private readonly CatalogStore _store;

        private Pair(CatalogStore store, FakeTimeProvider clock, OwnerLeases a, OwnerLeases b)
        {
            _store = store;
            Clock = clock;
            Start = clock.GetUtcNow();
            A = a;
            B = b;
        }

        public FakeTimeProvider Clock { get; }

        public DateTimeOffset Start { get; }

        public OwnerLeases A { get; }

        public OwnerLeases B { get; }

        public static async Task<Pair> StartAsync(string provider)
        {
            // Whole seconds: PostgreSQL keeps microseconds, and the lease's times are compared as read back.
            var now = TimeProvider.System.GetUtcNow();
            var clock = new FakeTimeProvider(new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero));
            var store = await CatalogStore.CreateAsync(provider, new Dictionary<string, string?> { ["Leases:InstanceId"] = "a" }, s => s.AddSingleton<TimeProvider>(clock));
            var b = await store.AddInstanceAsync(new Dictionary<string, string?> { ["Leases:InstanceId"] = "b" }, s => s.AddSingleton<TimeProvider>(clock));
            return new Pair(store, clock, store.Services.GetRequiredService<OwnerLeases>(), b.GetRequiredService<OwnerLeases>());
        }

        public async Task AddPolicyAsync(string name)
        {
            await using var db = await _store.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
            db.DeliveryPolicies.Add(new DeliveryPolicy
            {
                Name = name, Cluster = "staging", Service = "news", Repository = "news", TagPattern = "v*", CreatedBy = "admin", CreatedAt = Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        /// <summary>The row's lease owner and when it was taken, or null when nobody holds it.</summary>
        public async Task<(string Owner, DateTimeOffset AcquiredAt)?> LeaseAsync(string name)
        {
            await using var db = await _store.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
            var policy = await db.DeliveryPolicies.AsNoTracking().SingleAsync(p => p.Name == name);
            return OwnerLease.Of(policy) is { } lease ? (lease.Owner, lease.AcquiredAt) : null;
        }

        public ValueTask DisposeAsync() => _store.DisposeAsync();
    }
}
