using System.Net;

namespace EcsConsole.Testing;

/// <summary>Parses an application/x-www-form-urlencoded body, as AWS Query requests carry.</summary>
public static class FormBody
{
    public static IReadOnlyDictionary<string, string> Parse(string body)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? "" : pair[(equals + 1)..];
            result[Decode(key)] = Decode(value);
        }

        return result;
    }

    // Form encoding writes spaces as '+', which plain percent-decoding would keep.
    private static string Decode(string text) => WebUtility.UrlDecode(text);
}
