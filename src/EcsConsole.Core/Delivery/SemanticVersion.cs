using System.Globalization;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// A semantic version read from an image tag: <c>1.4.2</c>, <c>v2.0.0</c>, <c>2.3.0-rc.1</c> (build metadata after '+' is ignored).
/// Compared by major, minor, patch, then a release above any of its pre-releases, pre-release identifiers compared as SemVer 2.0 says.
/// </summary>
public sealed record SemanticVersion(int Major, int Minor, int Patch, string? PreRelease) : IComparable<SemanticVersion>
{
    /// <summary>A full version (three numbers), with an optional leading 'v'; null when the tag is not one.</summary>
    public static SemanticVersion? TryParse(string tag) => TryParse(tag, allowPartial: false, out var version, out _) ? version : null;

    /// <summary>
    /// Parses a version in a range, where missing parts are allowed (<c>3</c>, <c>2.3</c>); <paramref name="parts"/> says how many were given.
    /// </summary>
    internal static bool TryParse(string text, bool allowPartial, out SemanticVersion? version, out int parts)
    {
        version = null;
        parts = 0;
        var s = text.Trim();
        if (s.StartsWith('v') || s.StartsWith('V'))
        {
            s = s[1..];
        }

        var plus = s.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            s = s[..plus];
        }

        string? pre = null;
        var dash = s.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            pre = s[(dash + 1)..];
            s = s[..dash];
            if (pre.Length == 0)
            {
                return false;
            }
        }

        var numbers = s.Split('.');
        if (numbers.Length > 3 || (!allowPartial && numbers.Length != 3))
        {
            return false;
        }

        var values = new int[3];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (numbers[i].Length == 0 || !numbers[i].All(char.IsAsciiDigit) || !int.TryParse(numbers[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i]))
            {
                return false;
            }
        }

        parts = numbers.Length;
        version = new SemanticVersion(values[0], values[1], values[2], pre);
        return true;
    }

    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byNumbers = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (byNumbers != 0)
        {
            return byNumbers;
        }

        return (PreRelease, other.PreRelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => ComparePreRelease(PreRelease!, other.PreRelease!),
        };
    }

    public override string ToString() => $"{Major}.{Minor}.{Patch}" + (PreRelease is null ? "" : "-" + PreRelease);

    private static int ComparePreRelease(string a, string b)
    {
        var left = a.Split('.');
        var right = b.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var leftNumeric = int.TryParse(left[i], NumberStyles.None, CultureInfo.InvariantCulture, out var l);
            var rightNumeric = int.TryParse(right[i], NumberStyles.None, CultureInfo.InvariantCulture, out var r);
            var order = (leftNumeric, rightNumeric) switch
            {
                (true, true) => l.CompareTo(r),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(left[i], right[i]),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
