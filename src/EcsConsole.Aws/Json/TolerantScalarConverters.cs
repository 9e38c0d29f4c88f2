using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Json;

// Readers of scalars that accept what an AWS-compatible endpoint may send instead of the model's kind, as long as nothing
// is lost: a number or true/false where a string is due, a numeric string where a number is due, "true"/"false" where a
// boolean is due. Anything else (an object where a string is due, 1.5 for an integer) is a JsonException, so the element
// holding it is skipped by AwsResponseReader. Writing is exactly what System.Text.Json writes by default.

/// <summary>Reads a string member; a number keeps its JSON text ("0"), a boolean becomes "true" or "false".</summary>
internal sealed class TolerantStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => TolerantJson.RawText(ref reader),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw TolerantJson.Mismatch("a string", reader.TokenType),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() ?? "";

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);
}

/// <summary>Reads a boolean member; also the strings "true" and "false" in any case. JSON null for a non-nullable one is false.</summary>
internal sealed class TolerantBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => false,
        JsonTokenType.String when bool.TryParse(reader.GetString()!.Trim(), out var value) => value,
        _ => throw TolerantJson.Mismatch("a boolean", reader.TokenType),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}

/// <summary>
/// A number member read from a JSON number or a numeric string. JSON null for a non-nullable member reads as zero, as if
/// the member were missing; nullable members never reach this converter with null.
/// </summary>
internal abstract class TolerantNumberConverter<T> : JsonConverter<T>
    where T : struct
{
    private readonly string _expected;

    protected TolerantNumberConverter(string expected)
    {
        _expected = expected;
    }

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.Number when TryRead(ref reader, out var number):
                return number;
            case JsonTokenType.String when TryParse(reader.GetString()!.Trim(), out var parsed):
                return parsed;
            case JsonTokenType.Number or JsonTokenType.String:
                throw new JsonException($"Expected {_expected} but found {TolerantJson.Quote(TolerantJson.RawText(ref reader))}.");
            default:
                throw TolerantJson.Mismatch(_expected, reader.TokenType);
        }
    }

    protected abstract bool TryRead(ref Utf8JsonReader reader, out T value);

    protected abstract bool TryParse(string text, out T value);

    /// <summary>An integral decimal (5, 5.0, 5e0) within the range of the target type.</summary>
    protected static bool TryIntegral(decimal value, decimal min, decimal max, out decimal integral)
    {
        integral = value;
        return value == decimal.Truncate(value) && value >= min && value <= max;
    }

    protected static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}

internal sealed class TolerantInt32Converter() : TolerantNumberConverter<int>("an integer")
{
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    protected override bool TryRead(ref Utf8JsonReader reader, out int value)
    {
        if (reader.TryGetInt32(out value))
        {
            return true;
        }

        return reader.TryGetDecimal(out var number) && FromDecimal(number, out value);
    }

    protected override bool TryParse(string text, out int value)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        return TryDecimal(text, out var number) && FromDecimal(number, out value);
    }

    private static bool FromDecimal(decimal number, out int value)
    {
        var fits = TryIntegral(number, int.MinValue, int.MaxValue, out var integral);
        value = fits ? (int)integral : 0;
        return fits;
    }
}

internal sealed class TolerantInt64Converter() : TolerantNumberConverter<long>("an integer")
{
    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    protected override bool TryRead(ref Utf8JsonReader reader, out long value)
    {
        if (reader.TryGetInt64(out value))
        {
            return true;
        }

        return reader.TryGetDecimal(out var number) && FromDecimal(number, out value);
    }

    protected override bool TryParse(string text, out long value)
    {
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        return TryDecimal(text, out var number) && FromDecimal(number, out value);
    }

    private static bool FromDecimal(decimal number, out long value)
    {
        var fits = TryIntegral(number, long.MinValue, long.MaxValue, out var integral);
        value = fits ? (long)integral : 0;
        return fits;
    }
}

/// <summary>Doubles also read "NaN", "Infinity" and "-Infinity", and write them so, as the AWS JSON protocol does.</summary>
internal sealed class TolerantDoubleConverter() : TolerantNumberConverter<double>("a number")
{
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    protected override bool TryRead(ref Utf8JsonReader reader, out double value) => reader.TryGetDouble(out value);

    protected override bool TryParse(string text, out double value)
    {
        switch (text)
        {
            case "NaN":
                value = double.NaN;
                return true;
            case "Infinity":
                value = double.PositiveInfinity;
                return true;
            case "-Infinity":
                value = double.NegativeInfinity;
                return true;
            default:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        }
    }
}

internal sealed class TolerantDecimalConverter() : TolerantNumberConverter<decimal>("a number")
{
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    protected override bool TryRead(ref Utf8JsonReader reader, out decimal value) => reader.TryGetDecimal(out value);

    protected override bool TryParse(string text, out decimal value) => TryDecimal(text, out value);
}

internal static class TolerantJson
{
    private const int MaxQuoted = 40;

    /// <summary>The JSON text of the current number or string token, unescaped for strings.</summary>
    public static string RawText(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString() ?? "";
        }

        return reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray()) : Encoding.UTF8.GetString(reader.ValueSpan);
    }

    public static JsonException Mismatch(string expected, JsonTokenType found) => new($"Expected {expected} but found {Describe(found)}.");

    public static string Quote(string text) => text.Length <= MaxQuoted ? $"'{text}'" : $"'{text[..MaxQuoted]}…'";

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
