namespace EcsConsole.Core.Fleet;

/// <summary>Reads container image references (<c>123.dkr.ecr.eu-west-1.amazonaws.com/users:1.4.2</c>) the way people say them.</summary>
public static class ImageReferences
{
    /// <summary>
    /// The tag (<c>1.4.2</c>), or a short digest (<c>@sha256:0a1b2c3d4e5f</c>) for a reference pinned by digest, or
    /// <c>latest</c> when the reference names neither (that is what Docker pulls).
    /// </summary>
    public static string TagOf(string image)
    {
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            return "@" + ShortDigest(image[(at + 1)..]);
        }
        // A colon after the last slash is a tag; one before it belongs to a registry host:port.
        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        return colon > slash ? image[(colon + 1)..] : "latest";
    }

    /// <summary><c>sha256:0a1b2c3d4e5f…</c> shortened to the algorithm and 12 hex digits, as registries display it.</summary>
    public static string ShortDigest(string digest)
    {
        var colon = digest.IndexOf(':', StringComparison.Ordinal);
        var hex = colon >= 0 ? digest[(colon + 1)..] : digest;
        var prefix = colon >= 0 ? digest[..(colon + 1)] : "";
        return prefix + (hex.Length > 12 ? hex[..12] : hex);
    }
}
