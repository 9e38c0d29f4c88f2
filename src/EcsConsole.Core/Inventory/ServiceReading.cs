namespace EcsConsole.Core.Inventory;

/// <summary>One poll of a service: its detail, the events ECS still lists, and its tasks (running, stopped, archived).</summary>
public sealed record ServiceReading(ServiceDetail Detail, IReadOnlyList<ServiceEventEntry> Events, IReadOnlyList<TaskSummary> Tasks);
