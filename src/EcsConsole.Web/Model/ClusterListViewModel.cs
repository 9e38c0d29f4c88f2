using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Web.Model;

/// <summary>The Clusters page: every cluster, plus fleet totals for the header.</summary>
public sealed class ClusterListViewModel
{
    private readonly LiveTable<ClusterSummary> _clusters = new(c => c.Name);

    public IReadOnlyList<ClusterSummary> Clusters => _clusters.Rows;

    public int TotalRunningTasks => _clusters.Rows.Sum(c => c.RunningTasks);

    public int TotalPendingTasks => _clusters.Rows.Sum(c => c.PendingTasks);

    public int TotalActiveServices => _clusters.Rows.Sum(c => c.ActiveServices);

    public void Reset(IEnumerable<ClusterSummary> clusters) => _clusters.Reset(clusters);

    public void Apply(IReadOnlyList<Change<ClusterSummary>> changes) => _clusters.Apply(changes);
}
