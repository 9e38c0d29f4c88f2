using EcsConsole.Core.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// Runs a delivery pass and a webhook dispatch every poll interval on the injected clock, and at once when woken (an
/// approval, a saved policy), so a person's action takes effect without waiting out the interval.
/// </summary>
public sealed class DeliveryLoop(
    DeliveryEvaluator evaluator,
    WebhookDispatcher dispatcher,
    ConsoleStoreInitializer store,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryLoop> logger) : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0, 1);

    /// <summary>Completes after each pass; tests and pages await the pass their action asked for.</summary>
    public event Action? PassCompleted;

    /// <summary>Asks for a pass now (at most one is pending).</summary>
    public void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            try
            {
                wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another caller woke it in between: one pass serves both.
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await store.EnsureReadyAsync(stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await evaluator.EvaluateAsync(stoppingToken).ConfigureAwait(false);
                await dispatcher.DispatchDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // AWS or the store being away is expected now and then; the next pass tries again.
                logger.LogWarning(ex, "Delivery pass failed; trying again in {Interval}", options.Value.PollInterval);
            }

            PassCompleted?.Invoke();
            using var delay = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var sleeping = Task.Delay(options.Value.PollInterval, time, delay.Token);
            var woken = wake.WaitAsync(delay.Token);
            await Task.WhenAny(sleeping, woken).ConfigureAwait(false);
            await delay.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(sleeping, woken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The other of the two waits, cancelled on purpose; or shutdown, which the loop condition sees.
            }
        }
    }
}
