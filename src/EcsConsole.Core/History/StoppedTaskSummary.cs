using EcsConsole.Core.Live;

namespace EcsConsole.Core.History;

/// <summary>One stopped task as the archive remembers it.</summary>
/// <param name="TaskId">The last segment of the task ARN.</param>
/// <param name="Service">The service that started it (from the task's <c>group</c> <c>service:NAME</c>); null for standalone tasks.</param>
/// <param name="TaskDefinition">As people say it: <c>family:revision</c>.</param>
public sealed record StoppedTaskSummary(
    string TaskArn,
    string TaskId,
    string Cluster,
    string? Service,
    string? Group,
    string TaskDefinition,
    string LastStatus,
    string? StopCode,
    string? StoppedReason,
    ValueList<StoppedContainer> Containers,
    DateTimeOffset? StartedAt,
    DateTimeOffset? StoppedAt,
    string? AvailabilityZone,
    string? PrivateIp);

/// <summary>A container of a stopped task: how it ended.</summary>
public sealed record StoppedContainer(string Name, int? ExitCode, string? Reason);
