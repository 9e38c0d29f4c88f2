namespace EcsConsole.Core.Logs;

/// <summary>New lines from one round of a tail, and why a stream could not be read in that round (null when all could).</summary>
public sealed record LogTailBatch(IReadOnlyList<LogLine> Lines, string? Problem);
