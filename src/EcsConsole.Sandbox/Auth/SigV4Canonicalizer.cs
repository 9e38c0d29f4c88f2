using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace EcsConsole.Sandbox.Auth;

/// <summary>Builds the canonical request and string to sign of Signature Version 4 (for services other than S3).</summary>
public static partial class SigV4Canonicalizer
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public static string CanonicalRequest(SigV4Request request, SigV4Credential credential)
    {
        var payloadHash = request.Header("X-Amz-Content-Sha256") ?? Convert.ToHexStringLower(SHA256.HashData(request.Body.Span));
        return string.Join('\n',
            request.Method.ToUpperInvariant(),
            CanonicalUri(request.RawPath),
            CanonicalQuery(request.RawQuery, credential.Presigned),
            CanonicalHeaders(request, credential.SignedHeaders),
            string.Join(';', credential.SignedHeaders),
            payloadHash);
    }

    public static string StringToSign(string canonicalRequest, SigV4Credential credential) =>
        string.Join('\n',
            Algorithm,
            credential.AmzDate,
            credential.Scope,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

    /// <summary>Removes empty and dot segments, then encodes the path once more, as non-S3 services expect.</summary>
    public static string CanonicalUri(string rawPath)
    {
        var segments = new List<string>();
        foreach (var segment in rawPath.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(Encode(segment));
        }

        var path = "/" + string.Join('/', segments);
        var keepsTrailingSlash = segments.Count > 0 && rawPath.EndsWith('/');
        return keepsTrailingSlash ? path + "/" : path;
    }

    public static string CanonicalQuery(string rawQuery, bool presigned)
    {
        var parameters = new List<(string Key, string Value)>();
        foreach (var pair in rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (presigned && key == "X-Amz-Signature")
            {
                continue;
            }

            parameters.Add((Encode(key), Encode(value)));
        }

        return string.Join('&', parameters
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}"));
    }

    public static string CanonicalHeaders(SigV4Request request, IReadOnlyList<string> signedHeaders)
    {
        var builder = new StringBuilder();
        foreach (var name in signedHeaders)
        {
            var values = request.HeaderValues(name).Select(v => Whitespace().Replace(v.Trim(), " "));
            builder.Append(name.ToLowerInvariant()).Append(':').Append(string.Join(',', values)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>RFC 3986 percent-encoding of everything but the unreserved characters, on the UTF-8 bytes.</summary>
    public static string Encode(string value)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
