using System.Collections.Immutable;
using System.Threading.Channels;
using EcsConsole.Core.Telemetry;

namespace EcsConsole.Core.Live;

/// <summary>
/// The current state of one keyed collection and its fan-out to subscribers. One instance is shared by every
/// viewer (it lives in a singleton); each subscriber gets its own bounded channel, read in coalesced batches
/// at most once per <see cref="BatchWindow"/>. Thread-safe.
/// </summary>
public sealed class ChangeFeed<T>
{
    /// <summary>The shortest time between two batches delivered to one subscriber, so a burst costs one render.</summary>
    public static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(150);

    // Bounded so a stuck browser circuit cannot grow memory without limit; overflow triggers a resync instead.
    internal const int SubscriberCapacity = 64;

    private readonly Lock _gate = new();
    private readonly Func<T, string> _keyOf;
    private readonly IEqualityComparer<T> _sameItem;
    private readonly TimeProvider _timeProvider;
    private readonly List<ChangeFeedSubscriber<T>> _subscribers = [];
    private Dictionary<string, T> _state = new(StringComparer.Ordinal);

    /// <param name="sameItem">
    /// When an item counts as unchanged; by default its own equality. Give one for items that are not values (store
    /// entities), so only what a viewer would see as different becomes a change.
    /// </param>
    public ChangeFeed(Func<T, string> keyOf, TimeProvider timeProvider, IEqualityComparer<T>? sameItem = null)
    {
        _keyOf = keyOf;
        _timeProvider = timeProvider;
        _sameItem = sameItem ?? EqualityComparer<T>.Default;
    }

    public ImmutableArray<T> Current
    {
        get
        {
            lock (_gate)
            {
                return [.. _state.Values];
            }
        }
    }

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Replaces the whole state, publishing only what differs. Returns the changes published.</summary>
    public IReadOnlyList<Change<T>> Replace(IEnumerable<T> items)
    {
        var next = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            next[_keyOf(item)] = item;
        }
        lock (_gate)
        {
            var changes = SnapshotDiff.Compute(_state, next, _sameItem);
            _state = next;
            if (changes.Count > 0)
            {
                foreach (var subscriber in _subscribers)
                {
                    subscriber.Offer(changes);
                }
            }
            return changes;
        }
    }

    /// <summary>
    /// Adds or updates <paramref name="items"/> and leaves every other item as it is: a part of a read that is still
    /// arriving, where a missing item means "not read yet", not "gone". Returns the changes published.
    /// </summary>
    public IReadOnlyList<Change<T>> Upsert(IEnumerable<T> items)
    {
        lock (_gate)
        {
            var changes = new List<Change<T>>();
            foreach (var item in items)
            {
                var key = _keyOf(item);
                if (!_state.TryGetValue(key, out var old))
                {
                    changes.Add(new Change<T>(ChangeKind.Added, item));
                }
                else if (!_sameItem.Equals(old, item))
                {
                    changes.Add(new Change<T>(ChangeKind.Updated, item));
                }
                else
                {
                    continue;
                }
                _state[key] = item;
            }
            if (changes.Count > 0)
            {
                foreach (var subscriber in _subscribers)
                {
                    subscriber.Offer(changes);
                }
            }
            return changes;
        }
    }

    /// <summary>
    /// Takes a snapshot and starts a change stream, atomically, so no change is lost or seen twice.
    /// The subscriber is released when <paramref name="cancellationToken"/> is cancelled or the stream is disposed.
    /// </summary>
    public Subscription<T> Subscribe(CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<IReadOnlyList<Change<T>>>(new BoundedChannelOptions(SubscriberCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
        });
        lock (_gate)
        {
            var subscriber = new ChangeFeedSubscriber<T>(this, channel, _keyOf, _timeProvider, _state);
            _subscribers.Add(subscriber);
            ConsoleTelemetry.SubscriberAdded();
            return new Subscription<T>([.. _state.Values], subscriber.ReadAllAsync(cancellationToken));
        }
    }

    internal ImmutableArray<T> Snapshot() => Current;

    internal void Remove(ChangeFeedSubscriber<T> subscriber)
    {
        lock (_gate)
        {
            if (_subscribers.Remove(subscriber))
            {
                ConsoleTelemetry.SubscriberRemoved();
            }
        }
    }
}
