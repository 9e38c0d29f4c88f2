using System.Collections.Immutable;

namespace EcsConsole.Core.Fleet;

/// <summary>
/// Told the parts of a fleet read as they arrive, so a first view fills in batch by batch instead of waiting for the
/// whole fleet. Called from the reader's concurrent workers: implementations must be thread-safe and quick.
/// </summary>
public interface IFleetReadProgress
{
    /// <summary>Every cluster of the fleet, described (the list is complete when this is called).</summary>
    void ClustersRead(ImmutableArray<ClusterSummary> clusters);

    /// <summary>One batch of <paramref name="cluster"/>'s services; more may follow for the same cluster.</summary>
    ValueTask ServicesReadAsync(string cluster, IReadOnlyList<ServiceSummary> batch, CancellationToken cancellationToken);
}
