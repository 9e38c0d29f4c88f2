namespace EcsConsole.Core.Logs;

/// <summary>Lines matching a search, oldest first; <paramref name="Truncated"/> when more matched than were returned.</summary>
public sealed record LogSearchResult(IReadOnlyList<LogLine> Lines, bool Truncated);
