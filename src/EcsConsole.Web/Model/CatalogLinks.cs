namespace EcsConsole.Web.Model;

/// <summary>The console's URLs for task definitions and ECR, escaped once here.</summary>
public static class CatalogLinks
{
    public static string Family(string family) => $"/task-definitions/{Uri.EscapeDataString(family)}";

    public static string Revision(string family, int revision) => $"/task-definitions/{Uri.EscapeDataString(family)}/{revision}";

    /// <summary>A <c>family:revision</c> text as a link to that revision, when it has that form.</summary>
    public static string? Revision(string familyRevision)
    {
        var colon = familyRevision.LastIndexOf(':');
        return colon > 0 && int.TryParse(familyRevision[(colon + 1)..], out var revision) ? Revision(familyRevision[..colon], revision) : null;
    }

    public static string Diff(string family, int from, int to) => $"/task-definitions/{Uri.EscapeDataString(family)}/diff?from={from}&to={to}";

    public static string Repository(string name) => $"/ecr/{Uri.EscapeDataString(name)}";

    public static string Image(string repository, string digest) => $"/ecr/{Uri.EscapeDataString(repository)}?image={Uri.EscapeDataString(digest)}";
}
