using EcsConsole.Core.Audit;
using EcsConsole.Core.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// At start, marks runs the previous console process left in flight as Interrupted, so their page offers Resume and
/// Roll back. Nothing else can be running then: runs live in this process only.
/// </summary>
public sealed class WizardInterruptionSweep(ConsoleStoreInitializer store, WizardJournal journal, IAuditTrail auditTrail, ILogger<WizardInterruptionSweep> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Hosted services start in registration order; the store's own migration may not have run yet.
        await store.EnsureReadyAsync(cancellationToken);
        var interrupted = await journal.MarkInterruptedAsync(cancellationToken);
        foreach (var run in interrupted)
        {
            await CloseAuditEntryAsync(run);
        }

        if (interrupted.Count > 0)
        {
            logger.LogWarning("{Count} wizard run(s) were interrupted by the last shutdown; Resume or Roll back is offered on /wizards", interrupted.Count);
        }
    }

    // The action's entry was left Started when the console died; it ends Interrupted, naming the run to resume.
    private async Task CloseAuditEntryAsync(InterruptedRun run)
    {
        if (run.AuditEntryId is not { } entryId)
        {
            return;
        }

        try
        {
            await auditTrail.CompleteAsync(entryId, AuditOutcome.Interrupted,
                $"The console stopped while wizard run {run.RunId} was in progress; it is marked Interrupted.", [], CancellationToken.None);
        }
        catch (InvalidOperationException error)
        {
            // Completed already (the action ended before the run's record did) or gone: nothing to close.
            logger.LogInformation("Audit entry {EntryId} of wizard run {RunId} was not closed: {Reason}", entryId, run.RunId, error.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
