using EcsConsole.Core.Connection;
using EcsConsole.Core.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// Runs a delivery pass and a webhook dispatch every poll interval on the injected clock, and at once when woken (an
/// approval, a saved policy), so a person's action takes effect without waiting out the interval. A pass evaluates each
/// connection and region that has policies (and the console's own, home to promotions) under that connection, so a
/// policy reads its own account's registry and rolls out there; one connection's trouble does not stop the others.
/// </summary>
public sealed class DeliveryLoop(
    DeliveryEvaluator evaluator,
    WebhookDispatcher dispatcher,
    DeliveryStore policies,
    BackgroundConnections connections,
    ConsoleStoreInitializer store,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryLoop> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Completes after each pass; tests and pages await the pass their action asked for.</summary>
    public event Action? PassCompleted;

    /// <summary>Asks for a pass now (at most one is pending).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another caller woke it in between: one pass serves both.
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await store.EnsureReadyAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PassAsync(stoppingToken);
                await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // AWS or the store being away is expected now and then; the next pass tries again.
                logger.LogWarning(ex, "Delivery pass failed; trying again in {Interval}", options.Value.PollInterval);
            }

            PassCompleted?.Invoke();
            await WaitAsync(stoppingToken);
        }
    }

    /// <summary>One pass over every place with policies, each under its own connection; returns the places evaluated.</summary>
    public async Task<IReadOnlyList<ConnectionPlace>> PassAsync(CancellationToken cancellationToken)
    {
        var home = connections.Home;
        var places = new List<ConnectionPlace> { home };
        foreach (var (connectionName, region) in await policies.PolicyPlacesAsync(cancellationToken))
        {
            if (connections.Find(connectionName, region) is not { } place)
            {
                logger.LogWarning("Delivery policies of connection {Connection} in {Region} are not evaluated: the console no longer has that connection or region",
                    connectionName, region);
                continue;
            }
            if (!places.Contains(place)) places.Add(place);
        }

        foreach (var place in places)
        {
            try
            {
                var ambient = await connections.PrepareAsync(place, cancellationToken);
                using (ambient.Enter())
                {
                    await evaluator.EvaluateAsync(ownsUnattributed: place == home, cancellationToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Delivery pass on connection {Place} failed; the other connections went on, and the next pass tries again", place);
            }
        }
        return places;
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        using var delay = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sleeping = Task.Delay(options.Value.PollInterval, time, delay.Token);
        var woken = _wake.WaitAsync(delay.Token);
        await Task.WhenAny(sleeping, woken);
        await delay.CancelAsync();
        try
        {
            await Task.WhenAll(sleeping, woken);
        }
        catch (OperationCanceledException)
        {
            // The other of the two waits, cancelled on purpose; or shutdown, which the loop condition sees.
        }
    }
}
