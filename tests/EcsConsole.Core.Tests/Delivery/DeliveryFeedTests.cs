using EcsConsole.Core.Delivery;
using EcsConsole.Core.Live;
using EcsConsole.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsConsole.Core.Tests.Delivery;

/// <summary>
/// The delivery pages' live source: a write through the store reaches a subscriber by itself (nobody calls refresh, no
/// timer runs), and only what changed is published.
/// </summary>
public sealed class DeliveryFeedTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private CatalogStore _catalog = null!;
    private DeliveryStore _store = null!;
    private DeliveryFeed _feed = null!;

    public async Task InitializeAsync()
    {
        _catalog = await CatalogStore.CreateAsync("Sqlite", _ => { });
        _store = new DeliveryStore(_catalog.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<EcsConsole.Core.Store.ConsoleDbContext>>());
        _feed = new DeliveryFeed(_store, TimeProvider.System, NullLogger<DeliveryFeed>.Instance);
    }

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Fact]
    public async Task AddRecord_Subscribed_RecordReachesSubscriberWithoutPolling()
    {
        using var stop = new CancellationTokenSource();
        var subscription = await _feed.SubscribeRecordsAsync(stop.Token);
        await using var changes = subscription.Changes.GetAsyncEnumerator(stop.Token);

        await _store.AddAsync(Record("sha256:aaa", DeliveryState.Deploying));

        var batch = await NextAsync(changes);
        var change = Assert.Single(batch);
        Assert.Equal(ChangeKind.Added, change.Kind);
        Assert.Equal("sha256:aaa", change.Item.ImageDigest);
        Assert.Empty(subscription.InitialState);
    }

    [Fact]
    public async Task MoveRecord_Subscribed_UpdateReachesSubscriberAndNothingElse()
    {
        var first = Record("sha256:bbb", DeliveryState.AwaitingApproval);
        await _store.AddAsync(first);
        await _store.AddAsync(Record("sha256:ccc", DeliveryState.Deploying));
        // The reads those two writes asked for may still be on their way: settle them, so the subscription starts after both.
        await _feed.RefreshAsync(CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var subscription = await _feed.SubscribeRecordsAsync(stop.Token);
        await using var changes = subscription.Changes.GetAsyncEnumerator(stop.Token);

        await _store.TryMoveAsync(first.Id, first.Version, [DeliveryState.AwaitingApproval], r => r.State = DeliveryState.Approved);

        var change = Assert.Single(await NextAsync(changes));
        Assert.Equal(ChangeKind.Updated, change.Kind);
        Assert.Equal(DeliveryState.Approved, change.Item.State);
        Assert.Equal(2, subscription.InitialState.Length);
    }

    [Fact]
    public async Task AddBaselineRecord_Subscribed_LeftOutOfTheFeed()
    {
        using var stop = new CancellationTokenSource();
        var subscription = await _feed.SubscribeRecordsAsync(stop.Token);
        await using var changes = subscription.Changes.GetAsyncEnumerator(stop.Token);

        await _store.AddAsync(Record("sha256:base", DeliveryState.Baseline));
        await _store.AddAsync(Record("sha256:real", DeliveryState.Deploying));

        var batch = await NextAsync(changes);
        Assert.DoesNotContain(batch, c => c.Item.State == DeliveryState.Baseline);
        Assert.Contains(batch, c => c.Item.ImageDigest == "sha256:real");
    }

    [Fact]
    public async Task SavePolicy_SubscribedInAnotherConnection_OnlyTheViewersConnectionsPoliciesArrive()
    {
        using var stop = new CancellationTokenSource();
        var subscription = await _feed.SubscribePoliciesAsync(null, stop.Token);
        await using var changes = subscription.Changes.GetAsyncEnumerator(stop.Token);

        await _store.SavePolicyAsync(Policy("elsewhere", connection: "platform"), []);
        await _store.SavePolicyAsync(Policy("here", connection: null), []);

        var change = Assert.Single(await NextAsync(changes));
        Assert.Equal("here", change.Item.Name);
    }

    [Fact]
    public async Task PassCompleted_Subscribed_NewPassMarkArrives()
    {
        using var stop = new CancellationTokenSource();
        var subscription = await _feed.SubscribePassesAsync(stop.Token);
        await using var changes = subscription.Changes.GetAsyncEnumerator(stop.Token);

        _feed.PassCompleted();

        var change = Assert.Single(await NextAsync(changes));
        Assert.Equal(1, change.Item.Number);
        Assert.Null(change.Item.StoreProblem);
        Assert.Equal(0, Assert.Single(subscription.InitialState).Number);
    }

    private static async Task<IReadOnlyList<Change<T>>> NextAsync<T>(IAsyncEnumerator<IReadOnlyList<Change<T>>> changes)
    {
        Assert.True(await changes.MoveNextAsync().AsTask().WaitAsync(Patience), "the change stream ended");
        return changes.Current;
    }

    private static DeliveryRecord Record(string digest, DeliveryState state) => new()
    {
        Cluster = "prod",
        Service = "web",
        Repository = "web",
        Image = $"111111111111.dkr.ecr.us-east-1.amazonaws.com/web@{digest}",
        ImageDigest = digest,
        DetectedAt = DateTimeOffset.UnixEpoch,
        State = state,
    };

    private static DeliveryPolicy Policy(string name, string? connection) => new()
    {
        Name = name,
        ConnectionName = connection,
        Region = connection is null ? null : "eu-west-1",
        Cluster = "prod",
        Service = "web",
        Repository = "web",
        TagPattern = "v*",
        CreatedBy = "admin",
    };
}
