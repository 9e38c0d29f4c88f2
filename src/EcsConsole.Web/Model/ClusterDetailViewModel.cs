using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Web.Model;

/// <summary>The Cluster page: one cluster's summary and its services.</summary>
public sealed class ClusterDetailViewModel(string clusterName)
{
    private readonly LiveTable<ClusterSummary> _clusters = new(c => c.Name);
    private readonly LiveTable<ServiceSummary> _services = new(s => s.Key);

    public string ClusterName { get; } = clusterName;

    /// <summary>Null while the cluster is not (or no longer) in the fleet.</summary>
    public ClusterSummary? Cluster => _clusters.Find(ClusterName);

    public IReadOnlyList<ServiceSummary> Services => _services.Rows;

    public int ServicesNeedingAttention => _services.Rows.Count(s =>
        s.Rollout is RolloutState.Failed or RolloutState.RolledBack or RolloutState.RollingBack || s.Running < s.Desired);

    public void ResetClusters(IEnumerable<ClusterSummary> clusters) => _clusters.Reset(clusters.Where(IsThisCluster));

    public void ApplyClusters(IReadOnlyList<Change<ClusterSummary>> changes) =>
        _clusters.Apply([.. changes.Where(c => IsThisCluster(c.Item))]);

    public void ResetServices(IEnumerable<ServiceSummary> services) => _services.Reset(services);

    public void ApplyServices(IReadOnlyList<Change<ServiceSummary>> changes) => _services.Apply(changes);

    private bool IsThisCluster(ClusterSummary cluster) => string.Equals(cluster.Name, ClusterName, StringComparison.Ordinal);
}
