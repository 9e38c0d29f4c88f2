namespace EcsConsole.Sandbox.Protocol.Logs;

/// <summary>
/// The text forms of CloudWatch Logs filter patterns: terms that must all occur ("ERROR timeout"), quoted phrases
/// ("\"GET /health\""), terms of which any may occur ("?ERROR ?FATAL") and excluded terms ("-DEBUG"). Case-sensitive, as in CloudWatch.
/// </summary>
public static class FilterPattern
{
    public static Func<string, bool> Parse(string? pattern)
    {
        var terms = Terms(pattern ?? "").ToList();
        if (terms.Count == 0)
        {
            return _ => true;
        }

        var required = terms.Where(t => !t.StartsWith('?') && !t.StartsWith('-')).ToList();
        var optional = terms.Where(t => t.StartsWith('?')).Select(t => t[1..]).ToList();
        var excluded = terms.Where(t => t.StartsWith('-') && t.Length > 1).Select(t => t[1..]).ToList();
        return message =>
            required.All(t => message.Contains(t, StringComparison.Ordinal))
            && (optional.Count == 0 || optional.Any(t => message.Contains(t, StringComparison.Ordinal)))
            && !excluded.Any(t => message.Contains(t, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Terms(string pattern)
    {
        var i = 0;
        while (i < pattern.Length)
        {
            if (char.IsWhiteSpace(pattern[i]))
            {
                i++;
                continue;
            }

            var marker = pattern[i] is '?' or '-' ? pattern[i].ToString() : "";
            var start = i + marker.Length;
            if (start < pattern.Length && pattern[start] == '"')
            {
                var close = pattern.IndexOf('"', start + 1);
                close = close < 0 ? pattern.Length : close;
                yield return marker + pattern[(start + 1)..close];
                i = close + 1;
                continue;
            }

            var stop = start;
            while (stop < pattern.Length && !char.IsWhiteSpace(pattern[stop]))
            {
                stop++;
            }

            yield return marker + pattern[start..stop];
            i = stop;
        }
    }
}
