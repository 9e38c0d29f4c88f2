using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace EcsConsole.Aws.Tests.Protocol;

/// <summary>
/// Maps botocore vector values (timestamps as epoch numbers, blobs as raw text) to and from the forms our code
/// uses: CLR values for System.Text.Json, and the canonical JSON form (epoch seconds, base64 blobs) for comparison.
/// Walks the vector's own shapes, following "locationName" where the protocol uses it as the JSON key.
/// </summary>
public sealed class VectorValues(JsonObject shapes)
{
    public JsonObject Shape(JsonObject reference) => shapes[reference["shape"]!.GetValue<string>()]!.AsObject();

    /// <summary>A CLR object graph System.Text.Json serializes exactly as a typed request record would.</summary>
    public object? ToClr(JsonNode? value, JsonObject reference)
    {
        if (value is null)
        {
            return null;
        }

        var shape = Shape(reference);
        switch (shape["type"]!.GetValue<string>())
        {
            case "structure":
                var structure = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (name, member) in value.AsObject())
                {
                    var memberRef = shape["members"]![name]!.AsObject();
                    structure[memberRef["locationName"]?.GetValue<string>() ?? name] = ToClr(member, memberRef);
                }

                return structure;
            case "list":
                return value.AsArray().Select(item => ToClr(item, shape["member"]!.AsObject())).ToList();
            case "map":
                return value.AsObject().ToDictionary(entry => entry.Key, entry => ToClr(entry.Value, shape["value"]!.AsObject()));
            case "timestamp":
                return EpochToDate(value);
            case "blob":
                return Encoding.UTF8.GetBytes(value.GetValue<string>());
            case "boolean":
                return value.GetValue<bool>();
            case "integer" or "long":
                return value.GetValue<long>();
            case "float" or "double":
                return value.GetValueKind() == System.Text.Json.JsonValueKind.String
                    ? double.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture)
                    : value.GetValue<double>();
            default:
                return value.GetValue<string>();
        }
    }

    /// <summary>An expected vector value in canonical form: member names (not wire names), epoch seconds, base64 blobs.</summary>
    public JsonNode? Canonical(JsonNode? value, JsonObject reference)
    {
        if (value is null)
        {
            return null;
        }

        var shape = Shape(reference);
        return shape["type"]!.GetValue<string>() switch
        {
            "structure" => new JsonObject(value.AsObject()
                .Where(member => member.Value is not null)
                .Select(member => KeyValuePair.Create(member.Key, Canonical(member.Value, shape["members"]![member.Key]!.AsObject())))),
            "list" => new JsonArray(value.AsArray().Select(item => Canonical(item, shape["member"]!.AsObject())).ToArray()),
            "map" => new JsonObject(value.AsObject()
                .Select(entry => KeyValuePair.Create(entry.Key, Canonical(entry.Value, shape["value"]!.AsObject())))),
            "timestamp" => DateToNode(EpochToDate(value)),
            "blob" => JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(value.GetValue<string>()))),
            "float" or "double" => FloatNode(value),
            _ => value.DeepClone(),
        };
    }

    public static JsonNode DateToNode(DateTimeOffset date) => JsonValue.Create(date.ToUnixTimeMilliseconds() / 1000m);

    public static JsonNode FloatNode(JsonNode value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? value.DeepClone()
            : JsonValue.Create((decimal)value.GetValue<double>());

    /// <summary>JSON text with object keys sorted, so member order does not matter in comparisons.</summary>
    public static string Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => "{" + string.Join(",", obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{JsonValue.Create(p.Key).ToJsonString()}:{Sorted(p.Value)}")) + "}",
        JsonArray array => "[" + string.Join(",", array.Select(Sorted)) + "]",
        null => "null",
        _ => NormalizeNumber(node),
    };

    private static string NormalizeNumber(JsonNode node)
    {
        if (node.GetValueKind() == System.Text.Json.JsonValueKind.Number)
        {
            return decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("G29", CultureInfo.InvariantCulture);
        }

        return node.ToJsonString();
    }

    private static DateTimeOffset EpochToDate(JsonNode value) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(value.GetValue<decimal>() * 1000m));
}
