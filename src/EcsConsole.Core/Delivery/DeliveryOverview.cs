using EcsConsole.Core.Images;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
namespace EcsConsole.Core.Delivery;

/// <summary>What one service runs in one cluster: the image its current task definition names, resolved to a digest of the repository.</summary>
/// <param name="Place">Where the cluster is when it is on another connection than the session's ("platform · 222222222222 · eu-west-1"); null here.</param>
public sealed record ClusterImage(string Cluster, string Image, string? Tag, string? Digest, DateTimeOffset? PushedAt, string? Place = null)
{
    /// <summary>The cluster as people read it: its name, and where it is when on another connection.</summary>
    public string Label => Place is null ? Cluster : $"{Cluster} ({Place})";
}

/// <summary>Another connection's image uses, for the overview across accounts: services elsewhere that pull from this registry.</summary>
/// <param name="Place">"platform · 222222222222 · eu-west-1".</param>
public sealed record ElsewhereUsage(string Place, ImageUsage Usage);

/// <summary>A service's images across clusters and how far each cluster is behind the newest one.</summary>
public sealed record ServiceDelivery(string Service, string Repository, IReadOnlyList<ClusterImage> Clusters, IReadOnlyList<string> Gaps);

/// <summary>The overview's rows and the reads that failed (each leaving out only its repository or the in-use marks).</summary>
public sealed record DeliveryOverviewReading(IReadOnlyList<ServiceDelivery> Services, IReadOnlyList<AwsProblem> Problems)
{
    /// <summary>True when a failed read may have left a service out: "nothing runs" must not be said then.</summary>
    public bool Complete => Problems.Count == 0;
}

/// <summary>Builds <see cref="ServiceDelivery"/> rows from a repository's images and their uses.</summary>
public static class DeliveryOverviewBuilder
{
    /// <param name="elsewhere">
    /// Other connections' uses: their services that pull this repository's images (by its URI, from another account)
    /// join the same rows, their clusters named with where they are.
    /// </param>
    public static IReadOnlyList<ServiceDelivery> Build(RepositoryImages repository, IReadOnlyList<ElsewhereUsage>? elsewhere = null)
    {
        var rows = new List<ServiceDelivery>();
        var definitionUses = repository.Images
            .SelectMany(i => i.Uses.Where(u => u.Kind == ImageUseKind.ServiceTaskDefinition && u.Service is not null).Select(u => (Image: i, Use: u, Place: (string?)null)))
            .ToList();
        foreach (var other in elsewhere ?? [])
        {
            definitionUses.AddRange(repository.Images.SelectMany(i => other.Usage.Of(repository.Repository.Uri, i.Digest, i.Tags)
                .Where(u => u.Kind == ImageUseKind.ServiceTaskDefinition && u.Service is not null)
                .Select(u => (Image: i, Use: u, Place: (string?)other.Place))));
        }
        foreach (var service in definitionUses.GroupBy(u => u.Use.Service!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var clusters = service
                .GroupBy(u => (u.Use.Cluster, u.Place))
                .Select(g => g.OrderByDescending(u => u.Image.PushedAt).First())
                .Select(u => new ClusterImage(u.Use.Cluster, u.Use.Image, ImageReference.Parse(u.Use.Image).Tag ?? NameOf(u.Image.Tags), u.Image.Digest, u.Image.PushedAt, u.Place))
                .OrderBy(c => c.Place is not null)
                .ThenBy(c => c.Label, StringComparer.Ordinal)
                .ToList();
            rows.Add(new ServiceDelivery(service.Key, repository.Repository.Name, clusters, Gaps(clusters, repository.Images)));
        }

        return rows;
    }

    /// <summary>
    /// The tag that names a digest for people (deliveries deploy by digest): the highest version, else the longest tag,
    /// and <c>latest</c> only when it is the only one.
    /// </summary>
    public static string? NameOf(IReadOnlyCollection<string> tags) =>
        tags.Where(t => t != "latest").OrderByDescending(SemanticVersion.TryParse).ThenByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).FirstOrDefault()
        ?? tags.FirstOrDefault();

    /// <summary>"staging ahead of prod by 2 versions" for every cluster behind the newest, counting tagged images pushed in between.</summary>
    public static IReadOnlyList<string> Gaps(IReadOnlyList<ClusterImage> clusters, IReadOnlyList<ImageVersion> images)
    {
        var newest = clusters.Where(c => c.PushedAt is not null).OrderByDescending(c => c.PushedAt).FirstOrDefault();
        if (newest is null)
        {
            return [];
        }

        var gaps = new List<string>();
        foreach (var behind in clusters.Where(c => c.PushedAt is not null && c.Digest != newest.Digest && c.PushedAt < newest.PushedAt))
        {
            var versions = images.Count(i => i.Tags.Count > 0 && i.PushedAt > behind.PushedAt && i.PushedAt <= newest.PushedAt);
            gaps.Add($"{newest.Label} ahead of {behind.Label} by {versions} version{(versions == 1 ? "" : "s")}");
        }

        return gaps;
    }
}
