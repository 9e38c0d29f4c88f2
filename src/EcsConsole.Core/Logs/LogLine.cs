namespace EcsConsole.Core.Logs;

/// <summary>One log event of one container.</summary>
/// <param name="Sequence">Order of arrival within its stream, so equal timestamps keep the order Logs returned them in.</param>
public sealed record LogLine(DateTimeOffset Timestamp, string Container, string Message, long Sequence);
