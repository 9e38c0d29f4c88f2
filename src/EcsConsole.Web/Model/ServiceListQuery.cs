using EcsConsole.Core.Fleet;

namespace EcsConsole.Web.Model;

/// <summary>
/// What the Services page shows: search text, filters and sort, all of it in the URL (<c>?q=&amp;cluster=&amp;state=&amp;status=&amp;launch=&amp;sort=</c>,
/// and <c>connections=all&amp;account=</c> for the fleet across connections) so a view is a link to paste. Empty values
/// mean "no filter". <see cref="Sort"/> is a column name, <c>-</c> first for descending.
/// </summary>
public sealed record ServiceListQuery(
    string? Q = null,
    string? Cluster = null,
    string? State = null,
    string? Status = null,
    string? Launch = null,
    string? Sort = null,
    string? Connections = null,
    string? Account = null)
{
    public const string DefaultSort = "name";

    /// <summary>The sortable columns, by their URL name.</summary>
    public static readonly IReadOnlyList<string> SortColumns = ["name", "cluster", "status", "tasks", "launch", "taskdef", "rollout", "event", "account", "region"];

    /// <summary>The URL value that shows every connection the user may see.</summary>
    public const string AllConnections = "all";

    /// <summary>True for <c>?connections=all</c>: the services of all the user's connections, with Account and Region columns.</summary>
    public bool AcrossConnections => string.Equals(Connections?.Trim(), AllConnections, StringComparison.OrdinalIgnoreCase);

    /// <summary>The column sorted by; an unknown one in a pasted link falls back to the name.</summary>
    public string SortColumn
    {
        get
        {
            var column = (Sort ?? DefaultSort).TrimStart('-');
            return SortColumns.Contains(column) ? column : DefaultSort;
        }
    }

    public bool SortDescending => Sort?.StartsWith('-') == true;

    /// <summary>Clicking a column sorts by it ascending; clicking it again flips the direction.</summary>
    public ServiceListQuery SortedBy(string column) =>
        this with { Sort = SortColumn == column && !SortDescending ? "-" + column : column };

    /// <summary>The URL name of a rollout state (<c>rolled-back</c>).</summary>
    public static string StateName(RolloutState state) => StatusPalette.Label(state).Replace(' ', '-');

    /// <summary>The launch filter's value for a service: its launch type, or <c>capacity-provider</c> when it uses a strategy.</summary>
    public static string LaunchName(ServiceSummary service) =>
        service.CapacityProviderStrategy.Count > 0 ? "capacity-provider" : service.LaunchType ?? "default";

    /// <summary>The values to put in the URL: unset ones are null, so they leave the query string.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        ["q"] = Blank(Q),
        ["cluster"] = Blank(Cluster),
        ["state"] = Blank(State),
        ["status"] = Blank(Status),
        ["launch"] = Blank(Launch),
        ["sort"] = Sort is null || Sort == DefaultSort ? null : Sort,
        ["connections"] = AcrossConnections ? AllConnections : null,
        ["account"] = Blank(Account),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
