namespace EcsConsole.Core.Logs;

/// <summary>Turns what an operator types into a search box into a CloudWatch Logs filter pattern.</summary>
public static class LogFilterPatterns
{
    public static string FromSearchText(string searchText)
    {
        var text = searchText.Trim();
        if (text.Length == 0 || text[0] is '"' or '?' or '-' or '{' or '[')
        {
            // Empty matches everything; the rest is already pattern syntax the operator wrote on purpose.
            return text;
        }
        // A bare phrase: quoted so "GET /api" matches those words together, not each anywhere.
        return "\"" + text.Replace("\"", "", StringComparison.Ordinal) + "\"";
    }
}
