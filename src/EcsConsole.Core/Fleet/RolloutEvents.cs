
namespace EcsConsole.Core.Fleet;

/// <summary>
/// Refines a rollout state read from deployments with what the service events say. ECS drops the failed deployment from
/// the list soon after the circuit breaker rolls back, but its event "rolling back to deployment ..." stays, so the
/// state the operator needs to see ("rolled back") survives only in the events.
/// </summary>
public static class RolloutEvents
{
    private const string RollingBackPhrase = "rolling back to deployment";

    /// <param name="primaryCreatedAt">When the PRIMARY deployment started; a rollback starts a new PRIMARY at the same moment.</param>
    /// <param name="events">The service's events with their times.</param>
    public static RolloutState Refine(RolloutState fromDeployments, DateTimeOffset? primaryCreatedAt, IEnumerable<(DateTimeOffset? At, string? Message)> events)
    {
        if (fromDeployments is not (RolloutState.Steady or RolloutState.InProgress) || primaryCreatedAt is not { } started)
        {
            return fromDeployments;
        }
        // Clocks of the event and the deployment record differ by a little; a minute of slack covers it.
        var rollbackStartedThisDeployment = events.Any(e =>
            e.At is { } at && at >= started - TimeSpan.FromMinutes(1)
            && e.Message?.Contains(RollingBackPhrase, StringComparison.OrdinalIgnoreCase) == true);
        if (!rollbackStartedThisDeployment)
        {
            return fromDeployments;
        }
        return fromDeployments == RolloutState.InProgress ? RolloutState.RollingBack : RolloutState.RolledBack;
    }
}
