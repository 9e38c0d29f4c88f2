using System.Text.RegularExpressions;

namespace EcsConsole.Core.Wizards.TaskDefinitions;

/// <summary>Image references as ECS takes them: a repository plus <c>:tag</c> or <c>@sha256:digest</c>.</summary>
public static partial class TaskDefinitionImages
{
    public static string Compose(string repository, string tag)
    {
        var repo = repository.Trim();
        var reference = tag.Trim();
        if (reference.Length == 0)
        {
            return repo;
        }

        return reference.StartsWith("sha256:", StringComparison.Ordinal) ? $"{repo}@{reference}" : $"{repo}:{reference}";
    }

    /// <summary>Splits <c>repo:tag</c> / <c>repo@sha256:…</c> (a registry's <c>host:port/</c> stays in the repository).</summary>
    public static (string Repository, string Tag) Split(string image)
    {
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            return (image[..at], image[(at + 1)..]);
        }

        var colon = image.LastIndexOf(':');
        return colon > image.LastIndexOf('/') && colon > 0 ? (image[..colon], image[(colon + 1)..]) : (image, "");
    }

    /// <summary>
    /// The tag a picker preselects from <paramref name="newestFirst"/>: the newest that is not marked broken and, when a
    /// version runs now (<paramref name="running"/>), not an older version than it. Null when none qualifies: then nothing
    /// is preselected and the operator picks.
    /// </summary>
    public static string? PreferredTag(IReadOnlyList<string> newestFirst, string? running)
    {
        var current = running is { Length: > 0 } ? Delivery.SemanticVersion.TryParse(running) : null;
        foreach (var tag in newestFirst)
        {
            if (IsMarkedBroken(tag))
            {
                continue;
            }

            if (current is not null && Delivery.SemanticVersion.TryParse(tag) is { } version && version.CompareTo(current) < 0)
            {
                continue;
            }

            return tag;
        }

        return null;
    }

    /// <summary>A tag that says the image must not run: <c>broken</c>, <c>v2-broken</c>.</summary>
    public static bool IsMarkedBroken(string tag) => tag.Contains("broken", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the repository is in an ECR registry (pulling from it needs the execution role on Fargate).</summary>
    public static bool IsEcr(string repository) => EcrRepository().IsMatch(repository.Trim());

    [GeneratedRegex(@"^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?/[a-z0-9][a-z0-9._/-]*$")]
    internal static partial Regex EcrRepository();
}
