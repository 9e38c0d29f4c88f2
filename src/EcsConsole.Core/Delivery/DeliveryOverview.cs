using EcsConsole.Core.Images;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
namespace EcsConsole.Core.Delivery;

/// <summary>What one service runs in one cluster: the image its current task definition names, resolved to a digest of the repository.</summary>
public sealed record ClusterImage(string Cluster, string Image, string? Tag, string? Digest, DateTimeOffset? PushedAt);

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
    public static IReadOnlyList<ServiceDelivery> Build(RepositoryImages repository)
    {
        var rows = new List<ServiceDelivery>();
        var definitionUses = repository.Images
            .SelectMany(i => i.Uses.Where(u => u.Kind == ImageUseKind.ServiceTaskDefinition && u.Service is not null).Select(u => (Image: i, Use: u)))
            .ToList();
        foreach (var service in definitionUses.GroupBy(u => u.Use.Service!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var clusters = service
                .GroupBy(u => u.Use.Cluster, StringComparer.Ordinal)
                .Select(g => g.OrderByDescending(u => u.Image.PushedAt).First())
                .Select(u => new ClusterImage(u.Use.Cluster, u.Use.Image, ImageReference.Parse(u.Use.Image).Tag ?? NameOf(u.Image.Tags), u.Image.Digest, u.Image.PushedAt))
                .OrderBy(c => c.Cluster, StringComparer.Ordinal)
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
            gaps.Add($"{newest.Cluster} ahead of {behind.Cluster} by {versions} version{(versions == 1 ? "" : "s")}");
        }

        return gaps;
    }
}
