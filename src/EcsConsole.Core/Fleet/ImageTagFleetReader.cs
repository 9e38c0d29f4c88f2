using System.Collections.Immutable;
using EcsConsole.Core.Live;
namespace EcsConsole.Core.Fleet;

/// <summary>
/// Adds each service's image tags to the fleet read, from its task definition. Task definitions are cached by revision,
/// so after the first poll this costs a call only when a service moves to a revision not seen before. Parts of a read
/// are tagged before they are passed on, so a first view never shows a row without its tags and then with them.
/// </summary>
internal sealed class ImageTagFleetReader(EcsFleetReader inner, TaskDefinitionCache taskDefinitions) : IFleetReader
{
    public async Task<FleetSnapshot> ReadAsync(CancellationToken cancellationToken) =>
        await TagAsync(await inner.ReadAsync(cancellationToken), cancellationToken);

    public async Task<FleetSnapshot> ReadAsync(IFleetReadProgress progress, CancellationToken cancellationToken) =>
        await TagAsync(await inner.ReadAsync(new TaggingProgress(this, progress), cancellationToken), cancellationToken);

    private async Task<FleetSnapshot> TagAsync(FleetSnapshot snapshot, CancellationToken cancellationToken)
    {
        var services = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ServiceSummary>>(StringComparer.Ordinal);
        foreach (var (cluster, list) in snapshot.ServicesByCluster)
        {
            services[cluster] = [.. await TagAsync(list, cancellationToken)];
        }
        return snapshot with { ServicesByCluster = services.ToImmutable() };
    }

    private async Task<ServiceSummary[]> TagAsync(IReadOnlyList<ServiceSummary> services, CancellationToken cancellationToken)
    {
        var tagged = new ServiceSummary[services.Count];
        for (var i = 0; i < services.Count; i++)
        {
            tagged[i] = await WithImageTagsAsync(services[i], cancellationToken);
        }
        return tagged;
    }

    private async Task<ServiceSummary> WithImageTagsAsync(ServiceSummary service, CancellationToken cancellationToken)
    {
        if (service.TaskDefinition.Length == 0)
        {
            return service;
        }
        var definition = await taskDefinitions.GetAsync(service.TaskDefinition, cancellationToken);
        var tags = (definition.ContainerDefinitions ?? [])
            .Where(c => c.Image is not null)
            .Select(c => ImageReferences.TagOf(c.Image!))
            .Distinct(StringComparer.Ordinal);
        return service with { ImageTags = new ValueList<string>(tags) };
    }

    private sealed class TaggingProgress(ImageTagFleetReader reader, IFleetReadProgress next) : IFleetReadProgress
    {
        public void ClustersRead(ImmutableArray<ClusterSummary> clusters) => next.ClustersRead(clusters);

        public async ValueTask ServicesReadAsync(string cluster, IReadOnlyList<ServiceSummary> batch, CancellationToken cancellationToken) =>
            await next.ServicesReadAsync(cluster, await reader.TagAsync(batch, cancellationToken), cancellationToken);
    }
}
