using EcsConsole.Core.Live;

namespace EcsConsole.Web.Model;

/// <summary>
/// A page's copy of a live collection: the subscription's initial state with its change batches applied, in a stable order.
/// Not thread-safe: apply batches on the renderer's dispatcher (inside <c>InvokeAsync</c>).
/// </summary>
public sealed class LiveTable<T>(Func<T, string> keyOf)
{
    private readonly Dictionary<string, T> _items = new(StringComparer.Ordinal);
    private IReadOnlyList<T>? _rows;

    /// <summary>The items ordered by key (names sort the way people scan a console).</summary>
    public IReadOnlyList<T> Rows => _rows ??= [.. _items.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value)];

    public int Count => _items.Count;

    public void Reset(IEnumerable<T> items)
    {
        _items.Clear();
        foreach (var item in items)
        {
            _items[keyOf(item)] = item;
        }
        _rows = null;
    }

    public void Apply(IReadOnlyList<Change<T>> changes)
    {
        foreach (var change in changes)
        {
            var key = keyOf(change.Item);
            if (change.Kind == ChangeKind.Removed)
            {
                _items.Remove(key);
            }
            else
            {
                // Added and Updated both upsert: after a resync an Added may name an item already shown.
                _items[key] = change.Item;
            }
        }
        _rows = null;
    }

    public T? Find(string key) => _items.TryGetValue(key, out var item) ? item : default;
}
