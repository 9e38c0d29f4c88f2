using EcsConsole.Core.Live;
using EcsConsole.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Live;

public sealed class ChangeFeedTests
{
    private sealed record Item(string Key, int Value);

    private readonly FakeTimeProvider _time = new();
    private readonly ChangeFeed<Item> _feed;

    public ChangeFeedTests() => _feed = new ChangeFeed<Item>(i => i.Key, _time);

    [Fact]
    public void Subscribe_AfterReplace_InitialStateIsCurrentSnapshot()
    {
        _feed.Replace([new("a", 1), new("b", 2)]);

        var subscription = _feed.Subscribe(CancellationToken.None);

        Assert.Equal([new("a", 1), new("b", 2)], subscription.InitialState.OrderBy(i => i.Key));
    }

    [Fact]
    public async Task Replace_ChangedItem_SubscriberReceivesUpdate()
    {
        _feed.Replace([new("a", 1)]);
        var subscription = _feed.Subscribe(CancellationToken.None);
        await using var stream = subscription.Changes.GetAsyncEnumerator();

        _feed.Replace([new("a", 2)]);

        var batch = await Eventually.NextAsync(stream, "update of a");
        Assert.Equal([new Change<Item>(ChangeKind.Updated, new("a", 2))], batch);
    }

    [Fact]
    public void Upsert_PartOfTheItems_AddsAndUpdatesThemAndKeepsTheRest()
    {
        _feed.Replace([new("a", 1), new("b", 2)]);

        var changes = _feed.Upsert([new("b", 3), new("c", 4)]);

        Assert.Equal([new Change<Item>(ChangeKind.Updated, new("b", 3)), new Change<Item>(ChangeKind.Added, new("c", 4))], changes);
        Assert.Equal([new("a", 1), new("b", 3), new("c", 4)], _feed.Current.OrderBy(i => i.Key));
    }

    [Fact]
    public void Upsert_SameContent_PublishesNothing()
    {
        _feed.Replace([new("a", 1)]);

        Assert.Empty(_feed.Upsert([new("a", 1)]));
    }

    [Fact]
    public void Replace_SameContent_PublishesNothing()
    {
        _feed.Replace([new("a", 1)]);

        var changes = _feed.Replace([new("a", 1)]);

        Assert.Empty(changes);
    }

    [Fact]
    public async Task Replace_BurstWithinBatchWindow_DeliveredAsOneCoalescedBatch()
    {
        var subscription = _feed.Subscribe(CancellationToken.None);
        await using var stream = subscription.Changes.GetAsyncEnumerator();
        _feed.Replace([new("a", 1)]);
        Assert.Single(await Eventually.NextAsync(stream, "first batch"));

        var next = stream.MoveNextAsync().AsTask();
        _feed.Replace([new("a", 2)]);
        _feed.Replace([new("a", 3), new("b", 1)]);
        _time.Advance(ChangeFeed<Item>.BatchWindow);
        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(
            [new Change<Item>(ChangeKind.Updated, new("a", 3)), new Change<Item>(ChangeKind.Added, new("b", 1))],
            stream.Current);
    }

    [Fact]
    public async Task Subscribe_TokenCancelled_SubscriberRemoved()
    {
        using var cancellation = new CancellationTokenSource();
        var subscription = _feed.Subscribe(cancellation.Token);
        var reading = ReadAllAsync(subscription.Changes);
        Assert.Equal(1, _feed.SubscriberCount);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.Equal(0, _feed.SubscriberCount);
    }

    [Fact]
    public async Task Replace_SubscriberFallsBehindCapacity_ResyncsToCurrentState()
    {
        _feed.Replace([new("gone", 0)]);
        var subscription = _feed.Subscribe(CancellationToken.None);
        await using var stream = subscription.Changes.GetAsyncEnumerator();
        for (var i = 0; i <= ChangeFeed<Item>.SubscriberCapacity + 5; i++)
        {
            _feed.Replace([new("a", i)]);
        }

        var batch = await Eventually.NextAsync(stream, "resync batch");

        Assert.Contains(new Change<Item>(ChangeKind.Removed, new("gone", 0)), batch);
        Assert.Contains(new Change<Item>(ChangeKind.Added, new("a", ChangeFeed<Item>.SubscriberCapacity + 5)), batch);
        Assert.Equal(2, batch.Count);
    }

    private static async Task ReadAllAsync(IAsyncEnumerable<IReadOnlyList<Change<Item>>> changes)
    {
        await foreach (var _ in changes)
        {
        }
    }
}
