namespace EcsConsole.Core.History;

/// <summary>Bound from the <c>StoppedTaskArchive</c> configuration section.</summary>
public sealed class StoppedTaskArchiveOptions
{
    public const string SectionName = "StoppedTaskArchive";

    /// <summary>Time between two sweeps. ECS keeps stopped tasks for about an hour, so minutes lose nothing.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long the store keeps a stopped task; older rows are deleted by the sweep.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);
}
