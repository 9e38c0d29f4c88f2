using EcsConsole.Core.Live;

namespace EcsConsole.Core.Fleet;

/// <summary>One container of a task as the console shows it.</summary>
/// <param name="Ports">Host bindings (<c>32768→8080/tcp</c>) when ECS reports them, otherwise the task definition's port mappings.</param>
public sealed record ContainerSummary(
    string Name,
    string? Image,
    string? ImageDigest,
    string? LastStatus,
    string? Health,
    int? ExitCode,
    string? Reason,
    ValueList<string> Ports);
