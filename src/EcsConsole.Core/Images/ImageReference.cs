namespace EcsConsole.Core.Images;

/// <summary>A container image reference split into repository and tag or digest (<c>repo:tag</c>, <c>repo@sha256:..</c>, <c>repo</c> = latest).</summary>
public sealed record ImageReference(string Repository, string? Tag, string? Digest)
{
    public static ImageReference Parse(string image)
    {
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            return new ImageReference(image[..at], null, image[(at + 1)..]);
        }
        // A colon after the last slash is a tag; one before it is a registry port (host:5000/app).
        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        return colon > slash
            ? new ImageReference(image[..colon], image[(colon + 1)..], null)
            : new ImageReference(image, "latest", null);
    }

    /// <summary>True when this reference names the image <paramref name="digest"/> (tagged <paramref name="tags"/>) of <paramref name="repositoryUri"/>.</summary>
    public bool Names(string repositoryUri, string digest, IReadOnlyCollection<string> tags) =>
        string.Equals(Repository, repositoryUri, StringComparison.Ordinal)
        && (Digest is not null ? string.Equals(Digest, digest, StringComparison.Ordinal) : Tag is not null && tags.Contains(Tag));
}
