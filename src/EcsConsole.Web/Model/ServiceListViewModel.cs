using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Web.Model;

/// <summary>Where a row comes from: a connection, its account (null when unknown) and region.</summary>
public sealed record FleetPlace(string Connection, string? Account, string Region)
{
    /// <summary>The session's own connection, when the page shows only it (no Account or Region column).</summary>
    public static readonly FleetPlace Here = new("", null, "");

    public string Key => $"{Connection}@{Region}";
}

/// <summary>One service on the Services page, with the connection it was read in.</summary>
public sealed record ServiceRow(FleetPlace Place, ServiceSummary Service)
{
    /// <summary>The service's own key (<c>cluster/name</c>); the same service name may appear once per connection.</summary>
    public string Key => Service.Key;

    public string RowKey => $"{Place.Key}|{Service.Key}";
}

/// <summary>
/// The Services page: every service of every cluster (of one connection, or of all the user's connections), searched,
/// filtered and sorted by a <see cref="ServiceListQuery"/>. Not thread-safe: apply batches on the renderer's dispatcher.
/// </summary>
public sealed class ServiceListViewModel
{
    private readonly LiveTable<ServiceRow> _services = new(s => s.RowKey);
    private readonly HashSet<string> _clusters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _watched = new(StringComparer.Ordinal);
    private IReadOnlyList<ServiceRow>? _rows;
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
    public IReadOnlyList<ServiceRow> Rows => _rows ??= [.. Sort(_services.Rows.Where(Matches))];

    /// <summary>The accounts shown (for the Account filter), in order.</summary>
    public IReadOnlyList<string> AccountNames => [.. _services.Rows.Select(r => r.Place.Account).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> ClusterNames => [.. _clusters.Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> StatusNames => [.. _services.Rows.Select(s => s.Service.Status).Distinct().Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> LaunchNames => [.. _services.Rows.Select(s => ServiceListQuery.LaunchName(s.Service)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Whether the page has subscribed to this cluster's services yet (in <paramref name="place"/>, default the session's own connection).</summary>
    public bool Knows(string cluster, FleetPlace? place = null) => _watched.Contains($"{(place ?? FleetPlace.Here).Key}|{cluster}");

    /// <summary>Adds a cluster's initial services (from its subscription's snapshot).</summary>
    public void AddCluster(string cluster, IEnumerable<ServiceSummary> services, FleetPlace? place = null)
    {
        _clusters.Add(cluster);
        _watched.Add($"{(place ?? FleetPlace.Here).Key}|{cluster}");
        ApplyServices([.. services.Select(s => new Change<ServiceSummary>(ChangeKind.Added, s))], place);
    }

    public void ApplyServices(IReadOnlyList<Change<ServiceSummary>> changes, FleetPlace? place = null)
    {
        var where = place ?? FleetPlace.Here;
        _services.Apply([.. changes.Select(c => new Change<ServiceRow>(c.Kind, new ServiceRow(where, c.Item)))]);
        _rows = null;
    }

    private bool Matches(ServiceRow row) => Matches(row.Service) && Is(_query.Account, row.Place.Account ?? "");

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

    private IEnumerable<ServiceRow> Sort(IEnumerable<ServiceRow> services)
    {
        var ordered = _query.SortColumn switch
        {
            "cluster" => Order(services, s => s.Service.Cluster),
            "status" => Order(services, s => s.Service.Status),
            // Fewest running relative to desired first: the services short of capacity.
            "tasks" => Order(services, s => s.Service.Desired == 0 ? 1.0 : (double)s.Service.Running / s.Service.Desired),
            "launch" => Order(services, s => s.Service.Placement),
            "taskdef" => Order(services, s => s.Service.TaskDefinition),
            "rollout" => Order(services, s => s.Service.Rollout),
            "event" => Order(services, s => s.Service.LastEventAt ?? DateTimeOffset.MinValue),
            "account" => Order(services, s => s.Place.Account ?? s.Place.Connection),
            "region" => Order(services, s => s.Place.Region),
            _ => Order(services, s => s.Service.Name),
        };
        // Ties always fall back to cluster, name, then connection, so rows never jump around between renders.
        return ordered.ThenBy(s => s.Service.Cluster, StringComparer.Ordinal).ThenBy(s => s.Service.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Place.Key, StringComparer.Ordinal);
    }

    private IOrderedEnumerable<ServiceRow> Order<TKey>(IEnumerable<ServiceRow> services, Func<ServiceRow, TKey> key) =>
        _query.SortDescending ? services.OrderByDescending(key) : services.OrderBy(key);

    private static bool Is(string? filter, string value) =>
        string.IsNullOrWhiteSpace(filter) || string.Equals(filter, value, StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string? value, string text) =>
        value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;
}
