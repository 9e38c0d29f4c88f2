using EcsConsole.Core.Connection;
using EcsConsole.Core.Delivery;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcsConsole.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the service layer: the fleet reader and the singleton <see cref="FleetMonitor"/> (also a hosted service).
    /// The AWS clients (<c>AddAwsClients</c>) must be registered too.
    /// </summary>
    public static IServiceCollection AddEcsConsoleCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<MonitorOptions>(configuration.GetSection(MonitorOptions.SectionName));
        services.TryAddSingleton<IFleetReader, EcsFleetReader>();
        services.AddSingleton<FleetMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<FleetMonitor>());
        // Connections: the catalog, each session's own choice, and one fleet monitor per connection and region in use.
        services.AddConnectionCatalog(configuration);
        services.TryAddScoped<CurrentConnection>();
        services.TryAddSingleton<FleetMonitors>();
        services.TryAddScoped<IFleetMonitor, SessionFleetMonitor>();
        services.TryAddTransient<FleetAcrossConnections>();
        services.TryAddTransient<Images.ImageUsageAcrossConnections>();
        services.TryAddSingleton<IConnectionIdentityService, ConnectionIdentityService>();
        services.TryAddSingleton<IConnectionCapabilities, ConnectionCapabilities>();
        // Clusters tagged environment=production ask for typed confirmation, like those listed in configuration.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClusterTagReader, EcsClusterTagReader>());
        services.AddConsoleCatalog(configuration);
        services.AddInventory(configuration);
        services.AddRollouts(configuration);
        services.AddWizards();
        // Charts: one shared, cached reader of CloudWatch metrics for every circuit.
        services.TryAddSingleton<Metrics.IMetricsReader, Metrics.MetricsReader>();
        services.AddDelivery(configuration);
        return services;
    }

    /// <summary>
    /// The connections the console knows (the <c>Connections</c> section), their accounts and the places background work
    /// runs in; singletons, registered once whichever part of the service layer asks first.
    /// </summary>
    public static IServiceCollection AddConnectionCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        var connections = ConnectionCatalog.Bind(configuration);
        services.TryAddSingleton(sp => new ConnectionCatalog(sp.GetRequiredService<EcsConsole.Aws.AwsConnection>(), connections));
        services.TryAddSingleton<ConnectionAccounts>();
        services.TryAddSingleton<BackgroundConnections>();
        return services;
    }
}
