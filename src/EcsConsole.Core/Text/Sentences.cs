namespace EcsConsole.Core.Text;

/// <summary>
/// Puts messages for people together so each sentence ends with exactly one full stop, whether or not the part it came
/// from (an AWS message, an exception's text, a piece of advice) already ended with one.
/// </summary>
public static class Sentences
{
    /// <summary>The text trimmed and ended with one full stop; kept as is when it ends with '!', '?' or '…'; empty stays empty.</summary>
    public static string End(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return "";
        }
        if (trimmed.EndsWith('!') || trimmed.EndsWith('?') || trimmed.EndsWith('…'))
        {
            return trimmed;
        }
        // "..." written as an ellipsis is kept; two stops (one from AWS, one of ours) become one.
        if (trimmed.EndsWith("...", StringComparison.Ordinal))
        {
            return trimmed;
        }
        return trimmed.TrimEnd('.').TrimEnd() + ".";
    }

    /// <summary>The non-empty parts, each ended with one full stop, separated by a space.</summary>
    public static string Join(params string?[] parts) =>
        string.Join(" ", parts.Select(End).Where(p => p.Length > 0));
}
