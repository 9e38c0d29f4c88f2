namespace EcsConsole.Core.Fleet;

/// <summary>One deployment of a service as far as the rollout state needs it.</summary>
public sealed record DeploymentFacts(string Status, string? RolloutState, int Desired, int Running);

/// <summary>Derives a service's <see cref="RolloutState"/> from its deployments (PRIMARY plus any ACTIVE ones).</summary>
public static class RolloutStates
{
    public static RolloutState Derive(IReadOnlyList<DeploymentFacts> deployments)
    {
        var primary = deployments.FirstOrDefault(d => d.Status == "PRIMARY");
        if (primary is null)
        {
            return RolloutState.Steady;
        }
        // The circuit breaker marks the bad deployment FAILED and starts a new PRIMARY on the last good revision.
        var otherFailed = deployments.Any(d => !ReferenceEquals(d, primary) && d.RolloutState == "FAILED");
        return primary.RolloutState switch
        {
            "FAILED" => RolloutState.Failed,
            "IN_PROGRESS" => otherFailed ? RolloutState.RollingBack : RolloutState.InProgress,
            "COMPLETED" => otherFailed ? RolloutState.RolledBack : RolloutState.Steady,
            // Deployments without rollout tracking (CODE_DEPLOY, EXTERNAL): steady once one deployment serves all.
            _ => deployments.Count == 1 && primary.Running == primary.Desired ? RolloutState.Steady : RolloutState.InProgress,
        };
    }
}
