namespace EcsConsole.Core.Timeline;

/// <summary>What a timeline entry records.</summary>
public enum TimelineKind
{
    /// <summary>A service event written by ECS (steady state, tasks started or stopped, errors).</summary>
    ServiceEvent,

    DeploymentStarted,

    /// <summary>A deployment's rollout state changed to something other than completed or failed.</summary>
    RolloutChanged,

    DeploymentCompleted,

    DeploymentFailed,
}
