using System.Collections.Immutable;

namespace EcsConsole.Core.Live;

/// <summary>
/// A snapshot plus the stream of change batches that follow it. Every change after the snapshot arrives in
/// <see cref="Changes"/>; cancelling the token given when subscribing ends the stream and releases the subscriber.
/// </summary>
public sealed record Subscription<T>(ImmutableArray<T> InitialState, IAsyncEnumerable<IReadOnlyList<Change<T>>> Changes);
