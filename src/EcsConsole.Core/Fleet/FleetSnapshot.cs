using System.Collections.Immutable;
using EcsConsole.Core.Timeline;

namespace EcsConsole.Core.Fleet;

/// <summary>
/// Everything one poll saw: the clusters and, per cluster name, its services; <paramref name="Activity"/> holds each
/// service's events and deployments for the timeline (empty when the reader does not provide them).
/// </summary>
public sealed record FleetSnapshot(
    ImmutableArray<ClusterSummary> Clusters,
    ImmutableDictionary<string, ImmutableArray<ServiceSummary>> ServicesByCluster,
    IReadOnlyList<ServiceActivity>? Activity = null);
