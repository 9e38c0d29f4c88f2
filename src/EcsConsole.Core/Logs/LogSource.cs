namespace EcsConsole.Core.Logs;

/// <summary>Where one container of a task writes its logs: an <c>awslogs</c> group and the task's stream in it.</summary>
public sealed record LogSource(string Container, string Group, string Stream);
