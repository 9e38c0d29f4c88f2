namespace EcsConsole.Core.Fleet;

/// <summary>Where a service's current deployment stands, read from its deployments.</summary>
public enum RolloutState
{
    Steady,
    InProgress,
    Failed,
    RollingBack,
    RolledBack,
}
