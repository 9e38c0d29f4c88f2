namespace EcsConsole.Core.Rollouts;

/// <summary>How to stop a deployment in progress (StopServiceDeployment stopType).</summary>
public enum StopKind
{
    /// <summary>Return the service to the source revision (and, for blue/green, production traffic to blue).</summary>
    Rollback,

    /// <summary>Stop where it is, leaving the revisions as they are.</summary>
    Abort,
}
