using EcsConsole.Core.TaskDefinitions;

namespace EcsConsole.Web.Model;

/// <summary>The diff page's choice of two revisions: from the URL when both exist, else the newest and the one before.</summary>
public sealed class TaskDefinitionDiffViewModel
{
    public IReadOnlyList<TaskDefinitionRevision> Revisions { get; private set; } = [];

    public int? From { get; private set; }

    public int? To { get; private set; }

    /// <summary>Why the asked-for revisions could not be used, for people; null when they were.</summary>
    public string? Notice { get; private set; }

    public TaskDefinitionComparison? Comparison { get; set; }

    /// <summary>Picks the pair to compare from the family's revisions (any order) and the URL's <paramref name="from"/>/<paramref name="to"/>.</summary>
    public void Choose(IReadOnlyList<TaskDefinitionRevision> revisions, int? from, int? to)
    {
        Revisions = [.. revisions.OrderByDescending(r => r.Revision)];
        Notice = null;
        var known = Revisions.Select(r => r.Revision).ToHashSet();
        if (from is { } f && to is { } t && known.Contains(f) && known.Contains(t))
        {
            (From, To) = (f, t);
            return;
        }
        if (from is not null || to is not null)
        {
            var missing = new[] { from, to }.FirstOrDefault(r => r is not null && !known.Contains(r.Value));
            Notice = missing is { } revision
                ? $"Revision {revision} is not an active revision of this family; comparing the newest two instead."
                : "Two revisions are needed to compare; comparing the newest two instead.";
        }
        (From, To) = Revisions.Count switch
        {
            0 => ((int?)null, (int?)null),
            1 => (Revisions[0].Revision, Revisions[0].Revision),
            _ => (Revisions[1].Revision, Revisions[0].Revision),
        };
    }

    public bool CanCompare => From is not null && To is not null;
}
