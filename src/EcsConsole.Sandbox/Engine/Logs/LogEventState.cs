using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Engine.Logs;

/// <summary>One log line of a container, as CloudWatch Logs stores it.</summary>
public sealed record LogEventState(DateTimeOffset Timestamp, string Message, string EventId)
{
    public DateTimeOffset IngestionTime => Timestamp + TimeSpan.FromMilliseconds(180);
}

/// <summary>A log stream: one container of one task writing to a log group through the awslogs driver.</summary>
public sealed record LogStreamState(string GroupName, string Name, TaskState Task, ContainerState Container, DateTimeOffset CreatedAt);

/// <summary>A log group: named in some task definition's awslogs options, or created explicitly.</summary>
public sealed record LogGroupState(string Name, DateTimeOffset CreatedAt, int? RetentionInDays);

/// <summary>What CreateLogGroup and PutRetentionPolicy set on a group.</summary>
public sealed class LogGroupSettings
{
    public required DateTimeOffset CreatedAt { get; init; }

    public int? RetentionInDays { get; set; }

    public Dictionary<string, string> Tags { get; init; } = [];
}
