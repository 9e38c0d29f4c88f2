namespace EcsConsole.Core.Delivery;

/// <summary>
/// Which image tags a delivery policy deploys. Either a glob (<c>v1.*</c>, <c>main-*</c>, <c>*</c>; '*' is any run of characters,
/// '?' one character, matched against the whole tag) or a semantic-version range (<c>&gt;=2.3.0 &lt;3</c>, <c>^1.4</c>, <c>~2.3.1</c>,
/// <c>=1.0.0</c>), recognised by its leading operator. Ranges match only full release versions (a 'v' prefix is allowed);
/// pre-releases such as <c>2.4.0-rc.1</c> are left to globs so a release range never deploys a candidate by accident.
/// </summary>
public sealed class TagPattern
{
    private readonly string? _glob;
    private readonly IReadOnlyList<(string Operator, SemanticVersion Version)> _comparators = [];

    private TagPattern(string text, string? glob, IReadOnlyList<(string, SemanticVersion)> comparators)
    {
        Text = text;
        _glob = glob;
        _comparators = comparators;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>True for a semantic-version range, false for a glob.</summary>
    public bool IsVersionRange => _glob is null;

    /// <summary>Parses a pattern; throws <see cref="ArgumentException"/> saying what to fix.</summary>
    public static TagPattern Parse(string pattern)
    {
        var text = pattern?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new ArgumentException("The tag pattern is empty: write a glob such as v1.* or main-*, or a version range such as >=2.3.0 <3.", nameof(pattern));
        }

        if (!StartsWithOperator(text))
        {
            if (text.Any(char.IsWhiteSpace))
            {
                throw new ArgumentException($"'{text}' has spaces: a glob is one word (v1.*); a version range starts with an operator (>=2.3.0 <3).", nameof(pattern));
            }

            return new TagPattern(text, text, []);
        }

        var parsed = new List<(string, SemanticVersion)>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            parsed.AddRange(Comparators(part, text));
        }

        return new TagPattern(text, null, parsed);
    }

    /// <summary>Parses a pattern, or returns the reason it is not one.</summary>
    public static bool TryParse(string pattern, out TagPattern? parsed, out string? problem)
    {
        try
        {
            parsed = Parse(pattern);
            problem = null;
            return true;
        }
        catch (ArgumentException ex)
        {
            parsed = null;
            problem = ex.Message.Split(" (Parameter", 2)[0];
            return false;
        }
    }

    public bool Matches(string tag)
    {
        if (_glob is not null)
        {
            return GlobMatches(_glob, tag);
        }

        var version = SemanticVersion.TryParse(tag);
        return version is { PreRelease: null } && _comparators.All(c => Satisfies(version, c.Operator, c.Version));
    }

    public override string ToString() => Text;

    private static bool StartsWithOperator(string text) => text[0] is '>' or '<' or '=' or '^' or '~';

    private static IEnumerable<(string, SemanticVersion)> Comparators(string part, string whole)
    {
        var op = part.StartsWith(">=", StringComparison.Ordinal) || part.StartsWith("<=", StringComparison.Ordinal) ? part[..2]
            : part[0] is '>' or '<' or '=' or '^' or '~' ? part[..1]
            : throw new ArgumentException($"'{part}' in '{whole}' has no operator: each part of a range starts with >=, >, <=, <, =, ^ or ~.", "pattern");
        var versionText = part[op.Length..];
        if (!SemanticVersion.TryParse(versionText, allowPartial: true, out var version, out var parts) || version!.PreRelease is not null)
        {
            throw new ArgumentException($"'{versionText}' in '{whole}' is not a version: write 2, 2.3 or 2.3.0.", "pattern");
        }

        switch (op)
        {
            case "^":
                // ^1.4 allows 1.x from 1.4.0; ^0.3 allows 0.3.x only (a 0 major makes the minor the breaking part).
                yield return (">=", version);
                yield return ("<", version.Major > 0 || parts == 1 ? new SemanticVersion(version.Major + 1, 0, 0, null) : new SemanticVersion(0, version.Minor + 1, 0, null));
                break;
            case "~":
                yield return (">=", version);
                yield return ("<", parts == 1 ? new SemanticVersion(version.Major + 1, 0, 0, null) : new SemanticVersion(version.Major, version.Minor + 1, 0, null));
                break;
            case "=" when parts < 3:
                // =2.3 means any 2.3.x.
                yield return (">=", version);
                yield return ("<", parts == 1 ? new SemanticVersion(version.Major + 1, 0, 0, null) : new SemanticVersion(version.Major, version.Minor + 1, 0, null));
                break;
            case "<=" when parts < 3:
                // <=2.3 includes every 2.3.x.
                yield return ("<", parts == 1 ? new SemanticVersion(version.Major + 1, 0, 0, null) : new SemanticVersion(version.Major, version.Minor + 1, 0, null));
                break;
            case ">" when parts < 3:
                // >2.3 excludes every 2.3.x.
                yield return (">=", parts == 1 ? new SemanticVersion(version.Major + 1, 0, 0, null) : new SemanticVersion(version.Major, version.Minor + 1, 0, null));
                break;
            default:
                yield return (op, version);
                break;
        }
    }

    private static bool Satisfies(SemanticVersion version, string op, SemanticVersion bound)
    {
        var order = version.CompareTo(bound);
        return op switch
        {
            ">=" => order >= 0,
            ">" => order > 0,
            "<=" => order <= 0,
            "<" => order < 0,
            _ => order == 0,
        };
    }

    // Iterative glob with backtracking to the last '*': linear in practice, no regex to escape.
    private static bool GlobMatches(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
