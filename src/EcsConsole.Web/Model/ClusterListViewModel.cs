using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Web.Model;

/// <summary>One cluster on the Clusters page, with the connection it was read in.</summary>
public sealed record ClusterRow(FleetPlace Place, ClusterSummary Cluster)
{
    public string RowKey => $"{Place.Key}|{Cluster.Name}";
}

/// <summary>The Clusters page: every cluster (of one connection, or of all the user's connections), plus fleet totals for the header.</summary>
public sealed class ClusterListViewModel
{
    private readonly LiveTable<ClusterRow> _clusters = new(c => c.RowKey);

    /// <summary>By cluster name, then account: the same name in two accounts sits side by side.</summary>
    public IReadOnlyList<ClusterRow> Clusters => [.. _clusters.Rows.OrderBy(c => c.Cluster.Name, StringComparer.Ordinal).ThenBy(c => c.Place.Key, StringComparer.Ordinal)];

    public int TotalRunningTasks => _clusters.Rows.Sum(c => c.Cluster.RunningTasks);

    public int TotalPendingTasks => _clusters.Rows.Sum(c => c.Cluster.PendingTasks);

    public int TotalActiveServices => _clusters.Rows.Sum(c => c.Cluster.ActiveServices);

    /// <summary>Replaces the clusters of one connection (the session's own when <paramref name="place"/> is null).</summary>
    public void Reset(IEnumerable<ClusterSummary> clusters, FleetPlace? place = null)
    {
        var where = place ?? FleetPlace.Here;
        var others = _clusters.Rows.Where(r => r.Place != where).ToList();
        _clusters.Reset([.. others, .. clusters.Select(c => new ClusterRow(where, c))]);
    }

    public void Apply(IReadOnlyList<Change<ClusterSummary>> changes, FleetPlace? place = null)
    {
        var where = place ?? FleetPlace.Here;
        _clusters.Apply([.. changes.Select(c => new Change<ClusterRow>(c.Kind, new ClusterRow(where, c.Item)))]);
    }
}
