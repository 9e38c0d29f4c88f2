using EcsConsole.Core.Rollouts;

namespace EcsConsole.Web.Model.Rollouts;

/// <summary>Which rows of a service's deployment history offer "Roll back to this revision".</summary>
public static class HistoryRollback
{
    /// <summary>
    /// The deployment whose revision runs now: the newest that succeeded, when nothing newer is still running or was
    /// stopped half-way (then what runs is mixed, and no row is "now"). Failed and rolled-back ones returned to it.
    /// </summary>
    public static string? RunningNow(IReadOnlyList<DeploymentHistoryEntry> newestFirst)
    {
        // Rows only the journal knows have no known outcome: they neither run now nor hide what does.
        foreach (var entry in newestFirst.Where(e => !e.IsJournalOnly))
        {
            switch (entry.Outcome)
            {
                case DeploymentOutcome.Succeeded:
                    return entry.DeploymentArn;
                case null or DeploymentOutcome.Stopped:
                    return null;
            }
        }
        return null;
    }

    /// <summary>Only revisions that once went out successfully, and not the one running now: a failed one would fail again.</summary>
    public static bool Offers(DeploymentHistoryEntry entry, string? runningNow) =>
        entry is { Outcome: DeploymentOutcome.Succeeded, TargetTaskDefinition: not null } && entry.DeploymentArn != runningNow;
}
