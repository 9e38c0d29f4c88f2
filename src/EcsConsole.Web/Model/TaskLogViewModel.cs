using EcsConsole.Core.Logs;

namespace EcsConsole.Web.Model;

/// <summary>
/// The combined log view of a task: lines of all containers merged in time order, a follow/pause switch (paused, new lines
/// wait and are counted), a per-container filter, and search results shown instead of the tail while a search is active.
/// Not thread-safe: apply batches on the renderer's dispatcher.
/// </summary>
public sealed class TaskLogViewModel
{
    /// <summary>Lines kept in memory; older ones drop off the top.</summary>
    public const int MaxLines = 5000;

    /// <summary>Lines rendered at once (the newest), so a long history does not make each render slow.</summary>
    public const int MaxShown = 1000;

    private static readonly string[] Palette = ["#1565c0", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457", "#5d4037"];
    private static readonly IComparer<LogLine> TimeOrder = Comparer<LogLine>.Create((a, b) =>
    {
        var byTime = a.Timestamp.CompareTo(b.Timestamp);
        if (byTime != 0)
        {
            return byTime;
        }
        var byContainer = string.CompareOrdinal(a.Container, b.Container);
        return byContainer != 0 ? byContainer : a.Sequence.CompareTo(b.Sequence);
    });

    private readonly List<LogLine> _lines = [];
    private readonly List<LogLine> _waiting = [];
    private readonly HashSet<string> _hidden = new(StringComparer.Ordinal);

    public TaskLogViewModel(IReadOnlyList<LogSource> sources)
    {
        Sources = sources;
    }

    public IReadOnlyList<LogSource> Sources { get; }

    public IReadOnlyList<string> Containers => [.. Sources.Select(s => s.Container).Distinct()];

    /// <summary>True once the first round of the tail has been read (before that the view says it is loading).</summary>
    public bool Loaded { get; private set; }

    public bool Following { get; private set; } = true;

    /// <summary>Lines that arrived while paused; they join the view on resume.</summary>
    public int Waiting => _waiting.Count;

    /// <summary>Why the last round could not read a stream; null when it could.</summary>
    public string? Problem { get; private set; }

    public LogSearchResult? SearchResult { get; private set; }

    public string? SearchText { get; private set; }

    public int TotalLines => _lines.Count;

    /// <summary>What the view shows: the search result while searching, else the tail; hidden containers left out.</summary>
    public IReadOnlyList<LogLine> Visible
    {
        get
        {
            var source = SearchResult?.Lines ?? _lines;
            var shown = _hidden.Count == 0 ? source : [.. source.Where(l => !_hidden.Contains(l.Container))];
            return shown.Count <= MaxShown ? shown : [.. shown.Skip(shown.Count - MaxShown)];
        }
    }

    public string ColorOf(string container)
    {
        var index = Sources.Select(s => s.Container).Distinct().ToList().IndexOf(container);
        return Palette[(index < 0 ? 0 : index) % Palette.Length];
    }

    public bool IsShown(string container) => !_hidden.Contains(container);

    public void SetShown(string container, bool shown)
    {
        if (shown)
        {
            _hidden.Remove(container);
        }
        else
        {
            _hidden.Add(container);
        }
    }

    public void Apply(LogTailBatch batch)
    {
        Loaded = true;
        Problem = batch.Problem;
        if (Following)
        {
            Merge(batch.Lines);
        }
        else
        {
            _waiting.AddRange(batch.Lines);
        }
    }

    public void Pause() => Following = false;

    public void Resume()
    {
        Following = true;
        Merge(_waiting);
        _waiting.Clear();
    }

    public void ShowSearch(string text, LogSearchResult result)
    {
        SearchText = text;
        SearchResult = result;
    }

    public void ClearSearch()
    {
        SearchText = null;
        SearchResult = null;
    }

    private void Merge(IReadOnlyList<LogLine> lines)
    {
        foreach (var line in lines)
        {
            // Streams are read one after another, so a batch's lines may be older than the last shown: insert in place.
            if (_lines.Count == 0 || TimeOrder.Compare(_lines[^1], line) <= 0)
            {
                _lines.Add(line);
                continue;
            }
            var index = _lines.BinarySearch(line, TimeOrder);
            _lines.Insert(index < 0 ? ~index : index, line);
        }
        if (_lines.Count > MaxLines)
        {
            _lines.RemoveRange(0, _lines.Count - MaxLines);
        }
    }
}
