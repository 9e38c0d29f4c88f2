using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcsConsole.Core.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Continuous delivery: the store access, the evaluator and webhook dispatcher (singletons), the <see cref="DeliveryLoop"/>
    /// (hosted), the <see cref="DeliveryFeed"/> the pages watch (singleton) and <see cref="IDeliveryService"/> (scoped). Needs the AWS clients, the store, the catalog and the rollouts.
    /// </summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeliveryOptions>(configuration.GetSection(DeliveryOptions.SectionName));
        services.TryAddSingleton(sp => new WebhookAddressPolicy(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DeliveryOptions>>().Value.WebhookAllowedNetworks));
        // No request logging: a webhook URL is itself the credential (Slack, generic tokens in the path or query).
        services.AddHttpClient(WebhookDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookConnector.CreateHandler(sp.GetRequiredService<WebhookAddressPolicy>()))
            .RemoveAllLoggers();
        services.TryAddSingleton<DeliveryStore>();
        services.TryAddSingleton<WebhookDispatcher>();
        services.TryAddSingleton<DeliveryNotifier>();
        services.TryAddSingleton<IDeliveryRolloutStarter, PolicyRolloutStarter>();
        services.TryAddSingleton<DeliveryEvaluator>();
        services.AddConnectionCatalog(configuration);
        services.TryAddSingleton<DeliveryLoop>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryLoop>());
        // The live source of the delivery pages: fed by the store's writes and by each pass of the loop.
        services.TryAddSingleton(sp =>
        {
            var feed = ActivatorUtilities.CreateInstance<DeliveryFeed>(sp);
            sp.GetRequiredService<DeliveryLoop>().PassCompleted += feed.PassCompleted;
            return feed;
        });
        services.TryAddScoped<IDeliveryService, DeliveryService>();
        services.TryAddScoped<CrossAccountPromotion>();
        return services;
    }
}
