using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Json;

/// <summary>
/// AWS JSON protocol timestamps: epoch seconds as a number, fractional to the millisecond. Reading also accepts a
/// numeric string or ISO 8601 string, because a few services answer with those for members tagged so. JSON null for a
/// non-nullable member reads as <c>default</c>, as if it were missing.
/// </summary>
public sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number) && TryFromSeconds(number, out var instant))
        {
            return instant;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!.Trim();
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && TryFromSeconds(seconds, out instant))
            {
                return instant;
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant))
            {
                return instant;
            }
        }

        if (reader.TokenType is JsonTokenType.Number or JsonTokenType.String)
        {
            throw new JsonException($"Expected a timestamp but found {TolerantJson.Quote(TolerantJson.RawText(ref reader))}.");
        }

        throw TolerantJson.Mismatch("a timestamp", reader.TokenType);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        var milliseconds = value.ToUnixTimeMilliseconds();
        if (milliseconds % 1000 == 0)
        {
            writer.WriteNumberValue(milliseconds / 1000);
        }
        else
        {
            writer.WriteNumberValue(milliseconds / 1000m);
        }
    }

    private static bool TryFromSeconds(decimal seconds, out DateTimeOffset instant)
    {
        // Outside years 1-9999 there is no DateTimeOffset; such a value cannot be read rather than crash the reader.
        const decimal MinSeconds = -62_135_596_800m;
        const decimal MaxSeconds = 253_402_300_799m;
        var fits = seconds is >= MinSeconds and <= MaxSeconds;
        instant = fits ? DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(seconds * 1000m, MidpointRounding.AwayFromZero)) : default;
        return fits;
    }
}
