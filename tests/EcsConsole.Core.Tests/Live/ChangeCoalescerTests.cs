using EcsConsole.Core.Live;

namespace EcsConsole.Core.Tests.Live;

public sealed class ChangeCoalescerTests
{
    private sealed record Item(string Key, int Value);

    private static IReadOnlyList<Change<Item>> Coalesce(params Change<Item>[] changes) =>
        ChangeCoalescer.Coalesce(changes, i => i.Key);

    [Fact]
    public void Coalesce_AddedThenRemoved_CancelsOut()
    {
        var result = Coalesce(new(ChangeKind.Added, new("a", 1)), new(ChangeKind.Removed, new("a", 1)));

        Assert.Empty(result);
    }

    [Fact]
    public void Coalesce_AddedThenUpdated_IsOneAddWithLatestValue()
    {
        var result = Coalesce(new(ChangeKind.Added, new("a", 1)), new(ChangeKind.Updated, new("a", 2)));

        Assert.Equal([new Change<Item>(ChangeKind.Added, new("a", 2))], result);
    }

    [Fact]
    public void Coalesce_RemovedThenAdded_IsOneUpdate()
    {
        var result = Coalesce(new(ChangeKind.Removed, new("a", 1)), new(ChangeKind.Added, new("a", 3)));

        Assert.Equal([new Change<Item>(ChangeKind.Updated, new("a", 3))], result);
    }

    [Fact]
    public void Coalesce_DifferentKeys_KeepsFirstSeenOrder()
    {
        var result = Coalesce(
            new(ChangeKind.Updated, new("b", 1)),
            new(ChangeKind.Added, new("a", 1)),
            new(ChangeKind.Updated, new("b", 2)));

        Assert.Equal(["b", "a"], result.Select(c => c.Item.Key));
        Assert.Equal(2, result[0].Item.Value);
    }
}
