using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// Queues one notification per enabled webhook endpoint in the store (so a restart loses none) and hands it to the
/// dispatcher right away. Singleton. A failure to queue is logged, never thrown: the rollout it reports has happened.
/// </summary>
public sealed class DeliveryNotifier(
    IDbContextFactory<ConsoleDbContext> contexts,
    WebhookDispatcher dispatcher,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryNotifier> logger)
{
    public async Task NotifyAsync(DeliveryEvent e, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(w => w.Enabled).ToListAsync(CancellationToken.None);
            if (endpoints.Count == 0)
            {
                return;
            }

            var url = DeploymentUrl(e);
            db.WebhookDeliveries.AddRange(endpoints.Select(endpoint => new WebhookDelivery
            {
                EndpointId = endpoint.Id,
                Event = e.Event,
                Payload = WebhookPayloads.For(endpoint.Format, e, url),
                State = WebhookDeliveryState.Pending,
                CreatedAt = time.GetUtcNow(),
                NextAttemptAt = time.GetUtcNow(),
            }));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not queue the {Event} notification for {Cluster}/{Service}", e.Event, e.Cluster, e.Service);
            return;
        }

        await dispatcher.DispatchDueAsync(cancellationToken);
    }

    /// <summary>The console page of the deployment, when the base URL is configured and a deployment exists.</summary>
    public string? DeploymentUrl(DeliveryEvent e)
    {
        if (options.Value.ConsoleBaseUrl is not { Length: > 0 } baseUrl)
        {
            return null;
        }

        var root = baseUrl.TrimEnd('/');
        var service = $"{root}/clusters/{Uri.EscapeDataString(e.Cluster)}/services/{Uri.EscapeDataString(e.Service)}";
        if (e.DeploymentArn is null)
        {
            return $"{root}/delivery/{Uri.EscapeDataString(e.Cluster)}/{Uri.EscapeDataString(e.Service)}";
        }

        _ = DeploymentArns.Parse(e.DeploymentArn);
        var id = e.DeploymentArn[(e.DeploymentArn.LastIndexOf('/') + 1)..];
        return $"{service}/deployments/{Uri.EscapeDataString(id)}";
    }
}
