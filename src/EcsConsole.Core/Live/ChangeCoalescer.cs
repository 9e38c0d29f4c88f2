namespace EcsConsole.Core.Live;

/// <summary>
/// Folds several change batches into one with at most one change per key, so a subscriber that fell behind
/// renders once for the net effect instead of replaying every intermediate state.
/// </summary>
public static class ChangeCoalescer
{
    public static IReadOnlyList<Change<T>> Coalesce<T>(IEnumerable<Change<T>> changes, Func<T, string> keyOf)
    {
        var order = new List<string>();
        var net = new Dictionary<string, Change<T>?>();
        foreach (var change in changes)
        {
            var key = keyOf(change.Item);
            if (!net.TryGetValue(key, out var earlier))
            {
                order.Add(key);
                net[key] = change;
                continue;
            }
            net[key] = Combine(earlier, change);
        }
        return [.. order.Select(key => net[key]).OfType<Change<T>>()];
    }

    // Returns null when the changes cancel out: the subscriber never saw an item that was added and removed again.
    private static Change<T>? Combine<T>(Change<T>? earlier, Change<T> later) => (earlier?.Kind, later.Kind) switch
    {
        (null, ChangeKind.Removed) => null,
        (null, _) => later with { Kind = ChangeKind.Added },
        (ChangeKind.Added, ChangeKind.Removed) => null,
        (ChangeKind.Added, _) => later with { Kind = ChangeKind.Added },
        (ChangeKind.Removed, ChangeKind.Added) => later with { Kind = ChangeKind.Updated },
        _ => later,
    };
}
