using EcsConsole.Core.Audit;
using EcsConsole.Core.Store;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// Takes over a run whose console instance stopped mid-run (its lease expired, or nobody held it): marks it Interrupted
/// and closes the Started audit entry of the action that was running it as Interrupted. The caller holds the run's lease,
/// taken atomically, so across all instances sharing the store this happens once per abandoned run, whether the sweep
/// or a Resume / Roll back notices first. Singleton.
/// </summary>
public sealed class WizardRunTakeover(WizardJournal journal, IAuditTrail auditTrail, ILogger<WizardRunTakeover> logger)
{
    /// <param name="found">The run as read before its lease was taken: its lease names the instance that stopped.</param>
    /// <returns>Null when the run was no longer in flight.</returns>
    public async Task<InterruptedRun?> InterruptAsync(WizardRunRecord found, CancellationToken cancellationToken)
    {
        var interrupted = await journal.MarkInterruptedAsync(found.Id, OwnerLease.Of(found), cancellationToken);
        if (interrupted is null)
        {
            return null;
        }

        logger.LogWarning("Wizard run {RunId} was in progress on console instance {Previous}, which stopped; it is marked Interrupted (Resume or Roll back on /wizards)",
            interrupted.RunId, interrupted.PreviousOwner ?? "(none recorded)");
        await CloseAuditEntryAsync(interrupted);
        return interrupted;
    }

    // The action's entry was left Started when its console died; it ends Interrupted, naming the run to resume.
    private async Task CloseAuditEntryAsync(InterruptedRun run)
    {
        if (run.AuditEntryId is not { } entryId)
        {
            return;
        }

        var who = run.PreviousOwner is { } owner ? $"Console instance {owner}" : "The console";
        try
        {
            await auditTrail.CompleteAsync(entryId, AuditOutcome.Interrupted,
                $"{who} stopped while wizard run {run.RunId} was in progress; it is marked Interrupted.", [], CancellationToken.None);
        }
        catch (InvalidOperationException error)
        {
            // Completed already (the action ended before the run's record did) or gone: nothing to close.
            logger.LogInformation("Audit entry {EntryId} of wizard run {RunId} was not closed: {Reason}", entryId, run.RunId, error.Message);
        }
    }
}
