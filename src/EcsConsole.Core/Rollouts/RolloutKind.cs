namespace EcsConsole.Core.Rollouts;

/// <summary>What a rollout plan changes.</summary>
public enum RolloutKind
{
    /// <summary>A new revision with new images for some containers.</summary>
    Images,

    /// <summary>An existing revision.</summary>
    Revision,

    /// <summary>The same revision, new tasks.</summary>
    ForceNewDeployment,

    /// <summary>An earlier revision, from the history.</summary>
    Rollback,
}
