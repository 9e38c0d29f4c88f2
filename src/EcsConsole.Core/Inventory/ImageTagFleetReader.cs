using System.Collections.Immutable;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Monitoring;

namespace EcsConsole.Core.Inventory;

/// <summary>
/// Adds each service's image tags to the fleet read, from its task definition. Task definitions are cached by revision,
/// so after the first poll this costs a call only when a service moves to a revision not seen before.
/// </summary>
internal sealed class ImageTagFleetReader(EcsFleetReader inner, TaskDefinitionCache taskDefinitions) : IFleetReader
{
    public async Task<FleetSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await inner.ReadAsync(cancellationToken).ConfigureAwait(false);
        var services = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ServiceSummary>>(StringComparer.Ordinal);
        foreach (var (cluster, list) in snapshot.ServicesByCluster)
        {
            var tagged = ImmutableArray.CreateBuilder<ServiceSummary>(list.Length);
            foreach (var service in list)
            {
                tagged.Add(await WithImageTagsAsync(service, cancellationToken).ConfigureAwait(false));
            }
            services[cluster] = tagged.MoveToImmutable();
        }
        return snapshot with { ServicesByCluster = services.ToImmutable() };
    }

    private async Task<ServiceSummary> WithImageTagsAsync(ServiceSummary service, CancellationToken cancellationToken)
    {
        if (service.TaskDefinition.Length == 0)
        {
            return service;
        }
        var definition = await taskDefinitions.GetAsync(service.TaskDefinition, cancellationToken).ConfigureAwait(false);
        var tags = (definition.ContainerDefinitions ?? [])
            .Where(c => c.Image is not null)
            .Select(c => ImageReferences.TagOf(c.Image!))
            .Distinct(StringComparer.Ordinal);
        return service with { ImageTags = new ValueList<string>(tags) };
    }
}
