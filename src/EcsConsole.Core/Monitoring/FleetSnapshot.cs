using System.Collections.Immutable;
using EcsConsole.Core.Fleet;

namespace EcsConsole.Core.Monitoring;

/// <summary>Everything one poll saw: the clusters and, per cluster name, its services.</summary>
public sealed record FleetSnapshot(
    ImmutableArray<ClusterSummary> Clusters,
    ImmutableDictionary<string, ImmutableArray<ServiceSummary>> ServicesByCluster);
