using System.Globalization;
using System.Text.Json.Nodes;

namespace EcsConsole.Aws.Query;

/// <summary>Timestamp text of the Query protocol (ISO 8601 by default) to and from epoch seconds, our JSON-side form.</summary>
internal static class QueryTimestamps
{
    public static DateTimeOffset FromNode(JsonNode node)
    {
        var value = node.AsValue();
        if (value.TryGetValue<decimal>(out var seconds))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(seconds * 1000m));
        }

        return Parse(value.GetValue<string>(), null);
    }

    public static string Format(DateTimeOffset value, string? format)
    {
        var utc = value.ToUniversalTime();
        return format switch
        {
            "unixTimestamp" => utc.Millisecond == 0
                ? utc.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
                : (utc.ToUnixTimeMilliseconds() / 1000m).ToString(CultureInfo.InvariantCulture),
            "rfc822" => utc.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture),
            _ => utc.ToString(utc.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Accepts what services send whatever the declared format: epoch seconds, ISO 8601 with offsets, HTTP dates.</summary>
    public static DateTimeOffset Parse(string text, string? format)
    {
        var trimmed = text.Trim();
        if (decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(seconds * 1000m));
        }

        if (format == "rfc822" && DateTimeOffset.TryParseExact(trimmed, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var httpDate))
        {
            return httpDate;
        }

        return DateTimeOffset.Parse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    public static bool TryParse(string text, string? format, out DateTimeOffset instant)
    {
        try
        {
            instant = Parse(text, format);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            instant = default;
            return false;
        }
    }

    public static JsonNode ToNode(DateTimeOffset value)
    {
        var milliseconds = value.ToUnixTimeMilliseconds();
        return milliseconds % 1000 == 0 ? JsonValue.Create(milliseconds / 1000) : JsonValue.Create(milliseconds / 1000m);
    }
}
