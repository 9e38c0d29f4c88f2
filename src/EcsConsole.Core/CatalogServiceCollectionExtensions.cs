using EcsConsole.Core.History;
using EcsConsole.Core.Images;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.TaskDefinitions;
using EcsConsole.Core.Timeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcsConsole.Core;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>
    /// Registers the catalog views' services: task definitions, the ECR image catalog and usage index, the timeline and the
    /// stopped-task archive (whose store comes from <c>AddConsoleStore</c>). All singletons fed by the fleet monitor's polls.
    /// </summary>
    public static IServiceCollection AddConsoleCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StoppedTaskArchiveOptions>(configuration.GetSection(StoppedTaskArchiveOptions.SectionName));
        services.TryAddSingleton<LatestFleetSnapshot>();
        services.AddSingleton<IFleetSnapshotObserver>(sp => sp.GetRequiredService<LatestFleetSnapshot>());
        services.TryAddSingleton<TimelineFeed>();
        services.AddSingleton<IFleetSnapshotObserver>(sp => sp.GetRequiredService<TimelineFeed>());
        services.TryAddSingleton<TimelineFeeds>();
        services.TryAddSingleton<ITaskDefinitionCatalog, TaskDefinitionCatalog>();
        services.TryAddSingleton<ImageUsageIndex>();
        services.TryAddSingleton<EcrImageCatalog>();
        services.TryAddSingleton<StoppedTaskArchive>();
        services.TryAddSingleton<IStoppedTaskArchive>(sp => sp.GetRequiredService<StoppedTaskArchive>());
        services.AddConnectionCatalog(configuration);
        services.AddHostedService<StoppedTaskArchiver>();
        return services;
    }
}
