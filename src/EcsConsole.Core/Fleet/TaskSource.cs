namespace EcsConsole.Core.Fleet;

/// <summary>Where the console learned about a task: ECS itself, or the console's own store after ECS forgot it.</summary>
public enum TaskSource
{
    Ecs,
    Archive,
}
