using System.Net;
using System.Text.RegularExpressions;

namespace EcsConsole.Core.Text;

/// <summary>
/// Keeps HTML and XML pages out of messages for people: a proxy or an endpoint without an operation may answer with a
/// whole page, which the console tells as its status code and title only.
/// </summary>
public static partial class MarkupText
{
    /// <summary>True when the text is (or embeds) a markup page rather than a sentence.</summary>
    public static bool IsMarkup(string? text)
    {
        var trimmed = text?.TrimStart() ?? "";
        return trimmed.StartsWith('<') || trimmed.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The text unchanged when it is not markup; otherwise "HTTP 502: " and the page's title ("HTTP 502 (BadGateway) instead
    /// of an AWS answer" when it has none). A status of 0 (no answer) is left out.
    /// </summary>
    public static string ForPeople(string? text, HttpStatusCode status)
    {
        if (!IsMarkup(text))
        {
            return text ?? "";
        }
        var title = TitlePattern().Match(text!) is { Success: true } match
            ? WebUtility.HtmlDecode(WhitespacePattern().Replace(match.Groups[1].Value, " ").Trim())
            : "";
        if ((int)status == 0)
        {
            return title.Length == 0 ? "The endpoint answered with a web page instead of an AWS answer" : $"The endpoint answered with a web page: {title}";
        }
        // A page's title usually says the status in words ("502 Bad Gateway"); without one, the enum's name does.
        return title.Length == 0 ? $"HTTP {(int)status} ({status}) instead of an AWS answer" : $"HTTP {(int)status}: {title}";
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
