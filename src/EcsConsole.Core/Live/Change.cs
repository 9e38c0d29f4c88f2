namespace EcsConsole.Core.Live;

/// <summary>One change to a live collection. For <see cref="ChangeKind.Removed"/>, <paramref name="Item"/> is the last known value.</summary>
public sealed record Change<T>(ChangeKind Kind, T Item);
