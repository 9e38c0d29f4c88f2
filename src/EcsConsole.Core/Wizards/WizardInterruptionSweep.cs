using EcsConsole.Core.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// At start, marks runs the previous console process left in flight as Interrupted, so their page offers Resume and
/// Roll back. Nothing else can be running then: runs live in this process only.
/// </summary>
public sealed class WizardInterruptionSweep(ConsoleStoreInitializer store, WizardJournal journal, ILogger<WizardInterruptionSweep> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Hosted services start in registration order; the store's own migration may not have run yet.
        await store.EnsureReadyAsync(cancellationToken);
        var interrupted = await journal.MarkInterruptedAsync(cancellationToken);
        if (interrupted > 0)
        {
            logger.LogWarning("{Count} wizard run(s) were interrupted by the last shutdown; Resume or Roll back is offered on /wizards", interrupted);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
