using System.Globalization;
using EcsConsole.Core.Images;

namespace EcsConsole.Web.Model.Rollouts;

/// <summary>
/// Image choices from the ECR image catalog: every tag as <c>repository:tag</c>, and every image by digest
/// (<c>repository@sha256:…</c>) for operators who pin exact builds.
/// </summary>
public sealed class EcrImageChoices(EcrImageCatalog catalog) : IImageChoices
{
    public async Task<ImageChoiceList> ListAsync(string currentImage, CancellationToken cancellationToken)
    {
        var repositoryUri = ImageReference.Parse(currentImage).Repository;
        var repositories = await catalog.ListRepositoriesAsync(cancellationToken);
        var repository = repositories.FirstOrDefault(r => string.Equals(r.Uri, repositoryUri, StringComparison.Ordinal));
        if (repository is null)
        {
            return new ImageChoiceList(null, []);
        }
        var images = await catalog.GetImagesAsync(repository.Name, cancellationToken);
        return new ImageChoiceList(repository.Name, images is null ? [] : Choices(repository.Uri, images.Images));
    }

    /// <summary>Tags first (newest push first), then the same images by digest.</summary>
    public static IReadOnlyList<ImageChoice> Choices(string repositoryUri, IReadOnlyList<ImageVersion> images)
    {
        var newestFirst = images.OrderByDescending(i => i.PushedAt ?? DateTimeOffset.MinValue).ToList();
        var byTag = newestFirst.SelectMany(i => i.Tags.Select(tag => new ImageChoice($"{repositoryUri}:{tag}", $"{tag}{Pushed(i)}", i.PushedAt)));
        var byDigest = newestFirst.Select(i => new ImageChoice(
            $"{repositoryUri}@{i.Digest}",
            $"{i.ShortDigest}{(i.Tags.Count == 0 ? " (untagged)" : $" ({string.Join(", ", i.Tags)})")}{Pushed(i)}",
            i.PushedAt));
        return [.. byTag, .. byDigest];
    }

    private static string Pushed(ImageVersion image) =>
        image.PushedAt is { } at ? $" · pushed {at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}" : "";
}
