using EcsConsole.Core.Logs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcsConsole.Core.Fleet;

public static class InventoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the inventory layer: shared service and task monitors (<see cref="IInventoryMonitors"/>), the task definition
    /// cache, log tail and search, and image tags on the fleet read (it decorates <see cref="IFleetReader"/>).
    /// </summary>
    public static IServiceCollection AddInventory(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ServiceMonitorOptions>(configuration.GetSection(ServiceMonitorOptions.SectionName));
        services.Configure<LogTailOptions>(configuration.GetSection(LogTailOptions.SectionName));
        services.TryAddSingleton<TaskDefinitionCache>();
        services.TryAddSingleton<EcsFleetReader>();
        services.Replace(ServiceDescriptor.Singleton<IFleetReader, ImageTagFleetReader>());
        services.TryAddSingleton<ServiceSideReader>();
        services.TryAddSingleton<IServiceReader, ServiceReader>();
        services.TryAddSingleton<ITaskReader, TaskReader>();
        services.TryAddSingleton<InventoryMonitors>();
        services.TryAddSingleton<IInventoryMonitors>(sp => sp.GetRequiredService<InventoryMonitors>());
        services.TryAddSingleton<ITaskLogTail, TaskLogTail>();
        services.TryAddSingleton<ITaskLogSearch, TaskLogSearch>();
        return services;
    }
}
