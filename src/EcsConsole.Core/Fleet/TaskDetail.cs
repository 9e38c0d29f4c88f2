using EcsConsole.Core.Live;
using EcsConsole.Core.Logs;

namespace EcsConsole.Core.Fleet;

/// <summary>What the Task page shows: the task, its facts and where its containers write logs.</summary>
/// <param name="Service">The service that started the task; null for standalone tasks.</param>
/// <param name="LogSources">One per container with an <c>awslogs</c> configuration and a stream prefix.</param>
public sealed record TaskDetail(
    TaskSummary Task,
    string? Service,
    string? Cpu,
    string? Memory,
    string? StartedBy,
    string? PlatformVersion,
    string? ContainerInstance,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? StoppingAt,
    ValueList<LogSource> LogSources,
    TaskExec? Exec = null)
{
    public string Key => Task.Arn;
}

/// <summary>
/// ECS Exec on a task: whether it was started with execute command enabled, and the containers whose exec agent runs
/// (where a shell can open now).
/// </summary>
public sealed record TaskExec(bool Enabled, ValueList<string> ReadyContainers);
