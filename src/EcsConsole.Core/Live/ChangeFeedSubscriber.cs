using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace EcsConsole.Core.Live;

/// <summary>One subscriber's end of a <see cref="ChangeFeed{T}"/>: its channel and the items it has been told about.</summary>
internal sealed class ChangeFeedSubscriber<T>
{
    private readonly ChangeFeed<T> _feed;
    private readonly Channel<IReadOnlyList<Change<T>>> _channel;
    private readonly Func<T, string> _keyOf;
    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<string, T> _known;
    private volatile bool _overflowed;

    public ChangeFeedSubscriber(
        ChangeFeed<T> feed,
        Channel<IReadOnlyList<Change<T>>> channel,
        Func<T, string> keyOf,
        TimeProvider timeProvider,
        IEnumerable<KeyValuePair<string, T>> initialState)
    {
        _feed = feed;
        _channel = channel;
        _keyOf = keyOf;
        _timeProvider = timeProvider;
        _known = new Dictionary<string, T>(initialState, StringComparer.Ordinal);
    }

    /// <summary>Called under the feed's lock; never blocks the publisher.</summary>
    public void Offer(IReadOnlyList<Change<T>> changes)
    {
        if (!_channel.Writer.TryWrite(changes))
        {
            // The reader fell too far behind: rather than drop changes silently, it resynchronises from the snapshot.
            _overflowed = true;
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<Change<T>>> ReadAllAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            var lastDelivery = DateTimeOffset.MinValue;
            while (await _channel.Reader.WaitToReadAsync(cancellationToken))
            {
                var wait = lastDelivery + ChangeFeed<T>.BatchWindow - _timeProvider.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _timeProvider, cancellationToken);
                }
                var batch = TakeBatch();
                if (batch.Count == 0)
                {
                    continue;
                }
                lastDelivery = _timeProvider.GetUtcNow();
                yield return batch;
            }
        }
        finally
        {
            _feed.Remove(this);
        }
    }

    private IReadOnlyList<Change<T>> TakeBatch()
    {
        var pending = new List<Change<T>>();
        while (_channel.Reader.TryRead(out var changes))
        {
            pending.AddRange(changes);
        }
        if (_overflowed)
        {
            _overflowed = false;
            pending = Resync();
        }
        var batch = ChangeCoalescer.Coalesce(pending, _keyOf);
        foreach (var change in batch)
        {
            if (change.Kind == ChangeKind.Removed)
            {
                _known.Remove(_keyOf(change.Item));
            }
            else
            {
                _known[_keyOf(change.Item)] = change.Item;
            }
        }
        return batch;
    }

    // Describes the current snapshot relative to what this subscriber was last told, replacing lost batches.
    private List<Change<T>> Resync()
    {
        var current = _feed.Snapshot();
        var currentKeys = current.Select(_keyOf).ToHashSet(StringComparer.Ordinal);
        var changes = _known
            .Where(pair => !currentKeys.Contains(pair.Key))
            .Select(pair => new Change<T>(ChangeKind.Removed, pair.Value))
            .ToList();
        changes.AddRange(current.Select(item =>
            new Change<T>(_known.ContainsKey(_keyOf(item)) ? ChangeKind.Updated : ChangeKind.Added, item)));
        return changes;
    }
}
