using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace EcsConsole.Aws.Http;

/// <summary>
/// Describes an error answer that is not an AWS error document (a proxy's HTML page, an endpoint that lacks the operation,
/// an empty 503) by its status and, for HTML, its title only, e.g. "HTTP 500 (Internal Server Error) with an HTML page
/// titled 'Internal Server Error'". The body itself is never shown: it can be long, and it is not written for the person.
/// </summary>
public static partial class NonAwsErrorBody
{
    private const int MaxTitleLength = 80;

    public static string Describe(HttpStatusCode statusCode, byte[] body)
    {
        var status = (int)statusCode;
        var name = Enum.IsDefined(statusCode) ? $" ({Words().Replace(statusCode.ToString(), " $1")})" : "";
        return $"HTTP {status}{name} with {Content(body)}";
    }

    private static string Content(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body).Trim();
        if (text.Length == 0)
        {
            return "an empty body";
        }

        if (Title().Match(text) is { Success: true } match && Clean(match.Groups[1].Value) is { Length: > 0 } title)
        {
            return $"an HTML page titled '{title}'";
        }

        if (text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase))
        {
            return "an HTML page";
        }

        return text[0] switch
        {
            '<' => "an XML document that is not an AWS error",
            '{' or '[' => "a JSON body that is not an AWS error",
            _ => "a plain-text body",
        };
    }

    private static string Clean(string raw)
    {
        var title = Whitespace().Replace(WebUtility.HtmlDecode(raw), " ").Trim().Replace('\'', '’');
        return title.Length <= MaxTitleLength ? title : title[..MaxTitleLength].TrimEnd() + "…";
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])")]
    private static partial Regex Words();
}
