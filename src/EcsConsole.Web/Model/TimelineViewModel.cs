using EcsConsole.Core.Live;
using EcsConsole.Core.Timeline;

namespace EcsConsole.Web.Model;

/// <summary>The Timeline page: the live entries, filtered by <see cref="Query"/>, newest first.</summary>
public sealed class TimelineViewModel
{
    /// <summary>Rows rendered at most; the filters narrow down the rest.</summary>
    public const int MaxRows = 300;

    private readonly LiveTable<TimelineEntry> _entries = new(e => e.Id);
    private IReadOnlyList<TimelineEntry>? _matching;

    public TimelineQuery Query
    {
        get;
        set
        {
            field = value;
            _matching = null;
        }
    } = new();

    public int Total => _entries.Count;

    /// <summary>Every entry the filters let through, newest first.</summary>
    public IReadOnlyList<TimelineEntry> Matching => _matching ??=
        [.. _entries.Rows.Where(Query.Matches).OrderByDescending(e => e.At).ThenByDescending(e => e.Id, StringComparer.Ordinal)];

    public IReadOnlyList<TimelineEntry> Rows => Matching.Count <= MaxRows ? Matching : [.. Matching.Take(MaxRows)];

    public IReadOnlyList<string> Clusters => [.. _entries.Rows.Select(e => e.Cluster).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The services to pick from, within the chosen cluster.</summary>
    public IReadOnlyList<string> Services => [.. _entries.Rows
        .Where(e => string.IsNullOrEmpty(Query.Cluster) || e.Cluster == Query.Cluster)
        .Select(e => e.Service)
        .Distinct()
        .Order(StringComparer.Ordinal)];

    public void Reset(IEnumerable<TimelineEntry> entries)
    {
        _entries.Reset(entries);
        _matching = null;
    }

    public void Apply(IReadOnlyList<Change<TimelineEntry>> changes)
    {
        _entries.Apply(changes);
        _matching = null;
    }
}
