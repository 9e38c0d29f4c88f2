using EcsConsole.Aws;

namespace EcsConsole.Core.Connection;

/// <summary>
/// A failed call's message, safe to show: an endpoint that lacks an operation may answer with an HTML or XML page, which
/// must never reach a person raw. Such a body becomes its HTTP status and its page title, if it has one.
/// </summary>
public static class FailureText
{
    public static string Message(AwsServiceException exception)
    {
        var message = exception.AwsMessage ?? "";
        if (exception.BodyWasAwsError && !LooksLikeMarkup(message))
        {
            return message.Trim();
        }
        var title = Title(message);
        return $"HTTP {(int)exception.StatusCode} answered with a page that is not an AWS error" + (title is null ? "" : $" (\"{title}\")");
    }

    /// <summary>True when the text is an HTML or XML document rather than words.</summary>
    public static bool LooksLikeMarkup(string? text)
    {
        var trimmed = text?.TrimStart() ?? "";
        return trimmed.StartsWith('<') && (trimmed.Contains("<html", StringComparison.OrdinalIgnoreCase)
                                           || trimmed.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase)
                                           || trimmed.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
                                           || trimmed.Contains("</", StringComparison.Ordinal));
    }

    /// <summary>Removes any markup from a message: what is left of a page is its title; plain text passes unchanged.</summary>
    public static string Strip(string message)
    {
        var start = message.IndexOf('<', StringComparison.Ordinal);
        if (start < 0 || !LooksLikeMarkup(message[start..]))
        {
            return message;
        }
        var title = Title(message[start..]);
        return message[..start].TrimEnd(' ', ':') + (title is null ? " (the answer was a page, not an AWS error)" : $" (the answer was a page titled \"{title}\")");
    }

    private static string? Title(string text)
    {
        var open = text.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        var close = open < 0 ? -1 : text.IndexOf("</title>", open, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            return null;
        }
        var title = text[(open + "<title>".Length)..close].Trim();
        return title.Length == 0 ? null : title.Length > 80 ? title[..80] + "…" : title;
    }
}
