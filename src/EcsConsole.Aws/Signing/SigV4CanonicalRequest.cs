using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace EcsConsole.Aws.Signing;

/// <summary>
/// The SigV4 canonical request of an outgoing request (non-S3 rules): normalized, once-encoded path; sorted,
/// RFC 3986-encoded query; lower-cased, trimmed, whitespace-collapsed headers; SHA-256 of the payload.
/// AWSSDK.Core's own canonicalization cannot be used because it always adds and signs x-amz-content-sha256,
/// which the SigV4 suite (and AWS's non-S3 services) do not expect; the signing key and HMAC still come from the SDK.
/// </summary>
public sealed partial record SigV4CanonicalRequest(string Text, string SignedHeaders, string PayloadHash)
{
    /// <summary>Headers a proxy or the HTTP stack may change or add after signing; signing them would break the signature.</summary>
    private static readonly HashSet<string> UnsignedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "authorization", "user-agent", "expect", "x-amzn-trace-id", "content-length", "transfer-encoding", "connection",
    };

    public static SigV4CanonicalRequest Create(string method, Uri uri, IEnumerable<KeyValuePair<string, string>> headers, ReadOnlySpan<byte> body)
    {
        var canonicalHeaders = headers
            .Where(h => !UnsignedHeaders.Contains(h.Key))
            .GroupBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Value: string.Join(",", g.Select(h => CollapseWhitespace(h.Value)))))
            .ToList();
        var signedHeaders = string.Join(";", canonicalHeaders.Select(h => h.Name));
        var payloadHash = Convert.ToHexStringLower(SHA256.HashData(body));

        var text = new StringBuilder()
            .Append(method).Append('\n')
            .Append(CanonicalPath(uri)).Append('\n')
            .Append(CanonicalQuery(uri)).Append('\n');
        foreach (var (name, value) in canonicalHeaders)
        {
            text.Append(name).Append(':').Append(value).Append('\n');
        }

        text.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHash);
        return new SigV4CanonicalRequest(text.ToString(), signedHeaders, payloadHash);
    }

    /// <summary>Host header value as HttpClient sends it: host, plus the port when it is not the scheme's default.</summary>
    public static string HostHeader(Uri uri) => uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}:{uri.Port}";

    private static string CanonicalPath(Uri uri)
    {
        // Uri already removed "." and ".." segments; empty segments ("//") are dropped as the suite requires.
        var segments = uri.AbsolutePath.Split('/').Where(s => s.Length > 0).Select(s => Rfc3986(Uri.UnescapeDataString(s))).ToList();
        if (segments.Count == 0)
        {
            return "/";
        }

        var path = "/" + string.Join("/", segments);
        return uri.AbsolutePath.EndsWith('/') ? path + "/" : path;
    }

    private static string CanonicalQuery(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return "";
        }

        return string.Join("&", query
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var separator = pair.IndexOf('=');
                var name = separator < 0 ? pair : pair[..separator];
                var value = separator < 0 ? "" : pair[(separator + 1)..];
                return (Name: Rfc3986(Uri.UnescapeDataString(name)), Value: Rfc3986(Uri.UnescapeDataString(value)));
            })
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));
    }

    /// <summary>Percent-encodes everything but A-Z a-z 0-9 - _ . ~ (what Uri.EscapeDataString does on .NET 5+).</summary>
    private static string Rfc3986(string value) => Uri.EscapeDataString(value);

    private static string CollapseWhitespace(string value) => Whitespace().Replace(value.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
