namespace EcsConsole.Core.Fleet;

/// <summary>Bound from the <c>Monitor</c> configuration section.</summary>
public sealed class MonitorOptions
{
    public const string SectionName = "Monitor";

    /// <summary>Time between two polls of ECS. Every viewer shares the same poll, so this is the only AWS load.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
