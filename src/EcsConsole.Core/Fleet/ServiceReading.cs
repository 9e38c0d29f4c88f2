namespace EcsConsole.Core.Fleet;

/// <summary>One poll of a service: its detail, the events ECS still lists, and its tasks (running, stopped, archived).</summary>
/// <param name="Tasks">Null when ECS's task list could not be read: the section problem says why, and the last known tasks stay.</param>
public sealed record ServiceReading(ServiceDetail Detail, IReadOnlyList<ServiceEventEntry> Events, IReadOnlyList<TaskSummary>? Tasks);
