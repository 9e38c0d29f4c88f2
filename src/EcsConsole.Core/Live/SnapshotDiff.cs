namespace EcsConsole.Core.Live;

/// <summary>Computes the changes that turn one keyed snapshot into the next.</summary>
public static class SnapshotDiff
{
    public static IReadOnlyList<Change<T>> Compute<T>(
        IReadOnlyDictionary<string, T> previous,
        IReadOnlyDictionary<string, T> next,
        IEqualityComparer<T>? sameItem = null)
    {
        sameItem ??= EqualityComparer<T>.Default;
        var changes = new List<Change<T>>();
        foreach (var (key, item) in next)
        {
            if (!previous.TryGetValue(key, out var old))
            {
                changes.Add(new Change<T>(ChangeKind.Added, item));
            }
            else if (!sameItem.Equals(old, item))
            {
                changes.Add(new Change<T>(ChangeKind.Updated, item));
            }
        }
        foreach (var (key, old) in previous)
        {
            if (!next.ContainsKey(key))
            {
                changes.Add(new Change<T>(ChangeKind.Removed, old));
            }
        }
        return changes;
    }
}
