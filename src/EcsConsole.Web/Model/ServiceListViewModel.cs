using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Web.Model;

/// <summary>
/// The Services page: every service of every cluster, searched, filtered and sorted by a <see cref="ServiceListQuery"/>.
/// Not thread-safe: apply batches on the renderer's dispatcher.
/// </summary>
public sealed class ServiceListViewModel
{
    private readonly LiveTable<ServiceSummary> _services = new(s => s.Key);
    private readonly HashSet<string> _clusters = new(StringComparer.Ordinal);
    private IReadOnlyList<ServiceSummary>? _rows;
    private ServiceListQuery _query = new();

    public ServiceListQuery Query
    {
        get => _query;
        set
        {
            _query = value;
            _rows = null;
        }
    }

    public int Total => _services.Count;

    /// <summary>The services matching the query, in its order.</summary>
    public IReadOnlyList<ServiceSummary> Rows => _rows ??= [.. Sort(_services.Rows.Where(Matches))];

    public IReadOnlyList<string> ClusterNames => [.. _clusters.Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> StatusNames => [.. _services.Rows.Select(s => s.Status).Distinct().Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> LaunchNames => [.. _services.Rows.Select(ServiceListQuery.LaunchName).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Whether the page has subscribed to this cluster's services yet.</summary>
    public bool Knows(string cluster) => _clusters.Contains(cluster);

    /// <summary>Adds a cluster's initial services (from its subscription's snapshot).</summary>
    public void AddCluster(string cluster, IEnumerable<ServiceSummary> services)
    {
        _clusters.Add(cluster);
        ApplyServices([.. services.Select(s => new Change<ServiceSummary>(ChangeKind.Added, s))]);
    }

    public void ApplyServices(IReadOnlyList<Change<ServiceSummary>> changes)
    {
        _services.Apply(changes);
        _rows = null;
    }

    private bool Matches(ServiceSummary service) =>
        Is(_query.Cluster, service.Cluster)
        && Is(_query.Status, service.Status)
        && Is(_query.State, ServiceListQuery.StateName(service.Rollout))
        && Is(_query.Launch, ServiceListQuery.LaunchName(service))
        && MatchesSearch(service);

    private bool MatchesSearch(ServiceSummary service)
    {
        if (string.IsNullOrWhiteSpace(_query.Q))
        {
            return true;
        }
        var text = _query.Q.Trim();
        // Search what an operator remembers: the name, the revision, an image tag, or words of the last event.
        return Contains(service.Name, text) || Contains(service.Cluster, text) || Contains(service.TaskDefinition, text)
            || service.ImageTags.Any(t => Contains(t, text)) || Contains(service.LastEventMessage, text);
    }

    private IEnumerable<ServiceSummary> Sort(IEnumerable<ServiceSummary> services)
    {
        var ordered = _query.SortColumn switch
        {
            "cluster" => Order(services, s => s.Cluster),
            "status" => Order(services, s => s.Status),
            // Fewest running relative to desired first: the services short of capacity.
            "tasks" => Order(services, s => s.Desired == 0 ? 1.0 : (double)s.Running / s.Desired),
            "launch" => Order(services, s => s.Placement),
            "taskdef" => Order(services, s => s.TaskDefinition),
            "rollout" => Order(services, s => s.Rollout),
            "event" => Order(services, s => s.LastEventAt ?? DateTimeOffset.MinValue),
            _ => Order(services, s => s.Name),
        };
        // Ties always fall back to cluster then name, so rows never jump around between renders.
        return ordered.ThenBy(s => s.Cluster, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal);
    }

    private IOrderedEnumerable<ServiceSummary> Order<TKey>(IEnumerable<ServiceSummary> services, Func<ServiceSummary, TKey> key) =>
        _query.SortDescending ? services.OrderByDescending(key) : services.OrderBy(key);

    private static bool Is(string? filter, string value) =>
        string.IsNullOrWhiteSpace(filter) || string.Equals(filter, value, StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string? value, string text) =>
        value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;
}
