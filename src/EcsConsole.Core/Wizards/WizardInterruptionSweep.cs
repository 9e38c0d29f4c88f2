using EcsConsole.Core.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// Marks runs whose console instance stopped mid-run as Interrupted, so their page offers Resume and Roll back: at start
/// (before the first request) and then every <see cref="LeaseOptions.HeartbeatInterval"/>. Only runs nobody holds are
/// taken: those whose lease expired (their instance stopped renewing it), and at start those whose lease names this very
/// instance (an earlier life with the same <c>Leases:InstanceId</c>). A run another live instance is executing is never
/// touched. Each run is taken with its lease, atomically, so several instances sweeping at once interrupt it once.
/// </summary>
public sealed class WizardInterruptionSweep(
    ConsoleStoreInitializer store,
    WizardJournal journal,
    OwnerLeases leases,
    WizardRunTakeover takeover,
    TimeProvider time,
    IOptions<LeaseOptions> options,
    ILogger<WizardInterruptionSweep> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Hosted services start in registration order; the store's own migration may not have run yet.
        await store.EnsureReadyAsync(cancellationToken);
        await SweepAsync(atStart: true, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.HeartbeatInterval > TimeSpan.Zero ? options.Value.HeartbeatInterval : TimeSpan.FromSeconds(10);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(interval, time, stoppingToken);
                try
                {
                    await SweepAsync(atStart: false, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Looking for wizard runs of stopped console instances failed; trying again in {Interval}", interval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    /// <summary>One sweep; returns the runs it marked Interrupted.</summary>
    /// <param name="atStart">Also take runs whose lease names this instance: at start this process holds none.</param>
    public async Task<IReadOnlyList<InterruptedRun>> SweepAsync(bool atStart, CancellationToken cancellationToken)
    {
        var interrupted = new List<InterruptedRun>();
        foreach (var run in await journal.AbandonedAsync(atStart, cancellationToken))
        {
            var runId = run.Id;
            // Taken only while still in flight and not held by a live instance: the same UPDATE checks both.
            await using var lease = await leases.TryAcquireAsync<WizardRunRecord>(
                WizardJournal.LeaseKey(runId), r => r.Id == runId, r => r.State == WizardRunState.Running || r.State == WizardRunState.RollingBack, cancellationToken);
            if (lease is null)
            {
                // Renewed by its holder meanwhile, taken over by another instance first, or ended.
                continue;
            }

            if (await takeover.InterruptAsync(run, cancellationToken) is { } done)
            {
                interrupted.Add(done);
            }
        }

        if (interrupted.Count > 0)
        {
            logger.LogWarning("{Count} wizard run(s) were interrupted by a stopped console instance; Resume or Roll back is offered on /wizards", interrupted.Count);
        }

        return interrupted;
    }
}
