using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EcsConsole.Testing;

/// <summary>The string and number constraints (enum, length, pattern, range) shared by all protocols.</summary>
internal static class ScalarRules
{
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    public static void CheckString(string path, ShapeModel shape, string value, List<string> errors)
    {
        if (shape.Enum is { Count: > 0 } values && !values.Contains(value, StringComparer.Ordinal))
        {
            errors.Add($"{path}: '{value}' not in enum [{string.Join(", ", values)}]");
        }

        // Smithy counts length in Unicode scalar values, not UTF-16 units.
        var length = value.EnumerateRunes().Count();
        if (shape.Min is { } min && length < min)
        {
            errors.Add($"{path}: length {length} is below the minimum {min}");
        }

        if (shape.Max is { } max && length > max)
        {
            errors.Add($"{path}: length {length} is above the maximum {max}");
        }

        if (shape.Pattern is { } pattern && Compile(pattern) is { } regex && !Matches(regex, value))
        {
            errors.Add($"{path}: '{value}' does not match the pattern {pattern}");
        }
    }

    public static void CheckCount(string path, ShapeModel shape, int count, List<string> errors)
    {
        if (shape.Min is { } min && count < min)
        {
            errors.Add($"{path}: {count} entries is below the minimum {min}");
        }

        if (shape.Max is { } max && count > max)
        {
            errors.Add($"{path}: {count} entries is above the maximum {max}");
        }
    }

    public static void CheckRange(string path, ShapeModel shape, decimal value, List<string> errors)
    {
        var (low, high) = shape.Type switch
        {
            "integer" => ((decimal)int.MinValue, (decimal)int.MaxValue),
            "long" => (long.MinValue, long.MaxValue),
            _ => (decimal.MinValue, decimal.MaxValue),
        };
        if (value < low || value > high)
        {
            errors.Add($"{path}: {value} does not fit a {shape.Type}");
        }

        if (shape.Min is { } min && value < min)
        {
            errors.Add($"{path}: {value} is below the minimum {min}");
        }

        if (shape.Max is { } max && value > max)
        {
            errors.Add($"{path}: {value} is above the maximum {max}");
        }
    }

    public static bool IsBase64(string value)
    {
        var buffer = new byte[Encoding.ASCII.GetMaxByteCount(value.Length)];
        return Convert.TryFromBase64String(value, buffer, out _);
    }

    public static bool IsIso8601(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
        && value.Length >= 10 && value[4] == '-';

    public static bool IsHttpDate(string value) =>
        DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    // Model patterns are Java/ECMA flavoured and unanchored; a pattern .NET cannot compile is not checked
    // rather than reported, since the fault would be ours, not the payload's.
    private static Regex? Compile(string pattern) => Patterns.GetOrAdd(pattern, static p =>
    {
        try
        {
            return new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    });

    private static bool Matches(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }
}
