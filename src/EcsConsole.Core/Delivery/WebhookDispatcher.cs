using System.Text;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// Sends queued webhook notifications whose time has come: one POST each, 2xx is delivered, anything else (or no answer)
/// is retried (a 3xx too: webhooks follow no redirects, since the new location was never checked against the address policy) after a delay doubling from <see cref="DeliveryOptions.WebhookFirstRetryDelay"/>, up to
/// <see cref="DeliveryOptions.WebhookMaxAttempts"/>. Singleton; one dispatch at a time per instance. Delivery is at least
/// once: two instances sharing a store may both send an attempt, so receivers should key on the event, not count posts.
/// </summary>
public sealed class WebhookDispatcher(
    IDbContextFactory<ConsoleDbContext> contexts,
    IHttpClientFactory httpClients,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<WebhookDispatcher> logger)
{
    public const string HttpClientName = "EcsConsole.Webhooks";

    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task DispatchDueAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            var pending = await db.WebhookDeliveries.Where(d => d.State == WebhookDeliveryState.Pending).ToListAsync(cancellationToken).ConfigureAwait(false);
            var endpoints = await db.WebhookEndpoints.AsNoTracking().ToDictionaryAsync(e => e.Id, cancellationToken).ConfigureAwait(false);
            foreach (var delivery in pending.Where(d => d.NextAttemptAt is null || d.NextAttemptAt <= now).OrderBy(d => d.Id))
            {
                if (!endpoints.TryGetValue(delivery.EndpointId, out var endpoint))
                {
                    delivery.State = WebhookDeliveryState.Failed;
                    delivery.LastError = "The endpoint was deleted before this notification was delivered.";
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await AttemptAsync(db, endpoint, delivery, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
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
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync(endpoint.Url, content, timeout.Token).ConfigureAwait(false);
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

        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
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
