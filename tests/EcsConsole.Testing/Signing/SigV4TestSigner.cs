using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EcsConsole.Testing;

/// <summary>
/// A small, independent AWS Signature Version 4 signer for tests that talk raw HTTP to the sandbox. It is
/// deliberately not the client's signer, so a bug in one cannot hide in the other; it is checked against the
/// official SigV4 test suite. Supports what our traffic needs: any method, simple paths, query strings, headers.
/// </summary>
public static class SigV4TestSigner
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Adds X-Amz-Date and Authorization to <paramref name="request"/>, signing Host and every header set so far.</summary>
    public static void Sign(HttpRequestMessage request, byte[] body, string accessKey, string secretKey, string region, string service, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(request.RequestUri);
        var amzDate = at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        request.Headers.Remove("X-Amz-Date");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        var headers = new List<KeyValuePair<string, string>> { new("Host", request.RequestUri.Authority) };
        headers.AddRange(request.Headers.Where(h => h.Key != "Authorization").Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value))));
        if (request.Content is not null)
        {
            headers.AddRange(request.Content.Headers.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value))));
        }

        var authorization = Authorization(request.Method.Method, request.RequestUri.AbsolutePath, request.RequestUri.Query.TrimStart('?'),
            headers, body, accessKey, secretKey, region, service, amzDate);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
    }

    public static string Authorization(
        string method, string path, string query, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body,
        string accessKey, string secretKey, string region, string service, string amzDate)
    {
        var canonical = CanonicalRequest(method, path, query, headers, body, out var signedHeaders);
        var date = amzDate[..8];
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = $"{Algorithm}\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), date), region), service), "aws4_request");
        var signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        return $"{Algorithm} Credential={accessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
    }

    public static string CanonicalRequest(
        string method, string path, string query, IEnumerable<KeyValuePair<string, string>> headers, byte[] body, out string signedHeaders)
    {
        var grouped = headers
            .GroupBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Value: string.Join(",", g.Select(h => CollapseSpaces(h.Value.Trim())))))
            .ToList();
        signedHeaders = string.Join(";", grouped.Select(h => h.Name));
        var canonicalHeaders = string.Concat(grouped.Select(h => $"{h.Name}:{h.Value}\n"));
        return string.Join("\n",
            method,
            CanonicalPath(path),
            CanonicalQuery(query),
            canonicalHeaders,
            signedHeaders,
            Hex(SHA256.HashData(body)));
    }

    private static string CanonicalPath(string path)
    {
        if (path.Length == 0)
        {
            return "/";
        }

        // Each segment is percent-encoded once (RFC 3986); our paths are never dot-segmented, so no normalising.
        return string.Join("/", path.Split('/').Select(s => Encode(Uri.UnescapeDataString(s))));
    }

    private static string CanonicalQuery(string query) =>
        string.Join("&", query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? pair : pair[..equals];
                var value = equals < 0 ? "" : pair[(equals + 1)..];
                return (Name: Encode(Uri.UnescapeDataString(name)), Value: Encode(Uri.UnescapeDataString(value)));
            })
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));

    // RFC 3986: only unreserved characters stay as they are; hex digits upper case.
    private static string Encode(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static string CollapseSpaces(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c != ' ' || builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
