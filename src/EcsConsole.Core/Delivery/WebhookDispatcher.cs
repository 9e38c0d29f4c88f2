using System.Text;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// Sends queued webhook notifications whose time has come: one POST each, 2xx is delivered, anything else (or no answer)
/// is retried (a 3xx too: webhooks follow no redirects, since the new location was never checked against the address policy)
/// after a delay doubling from <see cref="DeliveryOptions.WebhookFirstRetryDelay"/>, up to
/// <see cref="DeliveryOptions.WebhookMaxAttempts"/>. Singleton; one dispatch at a time per instance. Each attempt is made
/// under the notification's owner lease, taken atomically only while it is still pending and due, so console instances
/// sharing a store never post the same attempt twice. Only an instance that dies between posting and recording the
/// answer leaves a notification that another instance sends again once the lease expired: receivers should still key on
/// the event rather than count posts.
/// </summary>
public sealed class WebhookDispatcher(
    IDbContextFactory<ConsoleDbContext> contexts,
    IHttpClientFactory httpClients,
    OwnerLeases leases,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<WebhookDispatcher> logger)
{
    public const string HttpClientName = "EcsConsole.Webhooks";

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The lease key of a notification being sent.</summary>
    public static string LeaseKey(long deliveryId) => $"webhook-delivery/{deliveryId}";

    public async Task DispatchDueAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            List<long> due;
            Dictionary<int, WebhookEndpoint> endpoints;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var pending = await db.WebhookDeliveries.AsNoTracking().Where(d => d.State == WebhookDeliveryState.Pending).ToListAsync(cancellationToken);
                endpoints = await db.WebhookEndpoints.AsNoTracking().ToDictionaryAsync(e => e.Id, cancellationToken);
                due = [.. pending.Where(d => d.NextAttemptAt is null || d.NextAttemptAt <= now).OrderBy(d => d.Id).Select(d => d.Id)];
            }

            foreach (var id in due)
            {
                // Taken only while still pending and due, in the same UPDATE: one instance makes each attempt.
                await using var lease = await leases.TryAcquireAsync<WebhookDelivery>(
                    LeaseKey(id), d => d.Id == id, d => d.State == WebhookDeliveryState.Pending && (d.NextAttemptAt == null || d.NextAttemptAt <= now), cancellationToken);
                if (lease is null)
                {
                    // Another instance is sending it, or sent it since it was read.
                    continue;
                }

                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == id, cancellationToken);
                if (!endpoints.TryGetValue(delivery.EndpointId, out var endpoint))
                {
                    delivery.State = WebhookDeliveryState.Failed;
                    delivery.LastError = "The endpoint was deleted before this notification was delivered.";
                    await db.SaveChangesAsync(cancellationToken);
                    continue;
                }

                await AttemptAsync(db, endpoint, delivery, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task AttemptAsync(ConsoleDbContext db, WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        delivery.Attempts++;
        delivery.LastAttemptAt = now;
        try
        {
            using var content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync(endpoint.Url, content, timeout.Token);
            delivery.LastStatus = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                delivery.State = WebhookDeliveryState.Delivered;
                delivery.LastError = null;
                delivery.NextAttemptAt = null;
            }
            else if ((int)response.StatusCode is >= 300 and < 400)
            {
                var location = response.Headers.Location is { } target
                    ? WebhookUrls.Mask(target.IsAbsoluteUri ? target.ToString() : new Uri(new Uri(endpoint.Url), target).ToString())
                    : "(no Location given)";
                Retry(delivery, $"{WebhookUrls.Mask(endpoint.Url)}: the endpoint answered a redirect to {location} ({(int)response.StatusCode}); webhooks follow no redirects.", now);
            }
            else
            {
                Retry(delivery, $"{WebhookUrls.Mask(endpoint.Url)} answered {(int)response.StatusCode} {response.ReasonPhrase}.", now);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var url = WebhookUrls.Mask(endpoint.Url);
            Retry(delivery, ex is TaskCanceledException ? $"{url} did not answer within 10 seconds." : $"{url} could not be reached: {ex.Message}", now);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (delivery.State == WebhookDeliveryState.Failed)
        {
            logger.LogWarning("Webhook {Endpoint} gave up on {Event} after {Attempts} attempts: {Error}", endpoint.Name, delivery.Event, delivery.Attempts, delivery.LastError);
        }
    }

    private void Retry(WebhookDelivery delivery, string error, DateTimeOffset now)
    {
        delivery.LastError = error;
        if (delivery.Attempts >= options.Value.WebhookMaxAttempts)
        {
            delivery.State = WebhookDeliveryState.Failed;
            delivery.NextAttemptAt = null;
            return;
        }

        delivery.NextAttemptAt = now + (options.Value.WebhookFirstRetryDelay * Math.Pow(2, delivery.Attempts - 1));
    }
}
