using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Aws.Query;

/// <summary>
/// AWS Query request serialization, driven by a <see cref="QueryShape"/> over a JSON value (the JSON form of a request
/// record: timestamps as epoch seconds, blobs as base64). Lists become <c>Name.member.N</c> (or <c>Name.N</c> when
/// flattened; empty lists send <c>Name=</c>), maps <c>Name.entry.N.key/value</c>, booleans true/false, timestamps ISO 8601.
/// </summary>
public static class AwsQuerySerializer
{
    public static IReadOnlyList<KeyValuePair<string, string>> Serialize(string action, string version, QueryShape? input, JsonNode? value)
    {
        var parameters = new List<KeyValuePair<string, string>> { new("Action", action), new("Version", version) };
        if (input is not null && value is not null)
        {
            Write(parameters, input, value, "", null);
        }

        return parameters;
    }

    /// <summary>application/x-www-form-urlencoded body with RFC 3986 percent-encoding.</summary>
    public static string FormEncode(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var body = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            if (body.Length > 0)
            {
                body.Append('&');
            }

            body.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return body.ToString();
    }

    private static void Write(List<KeyValuePair<string, string>> output, QueryShape shape, JsonNode value, string prefix, QueryMember? reference)
    {
        switch (shape.Kind)
        {
            case QueryShapeKind.Structure:
                WriteStructure(output, shape, value.AsObject(), prefix);
                break;
            case QueryShapeKind.List:
                WriteList(output, shape, value.AsArray(), prefix, reference);
                break;
            case QueryShapeKind.Map:
                WriteMap(output, shape, value.AsObject(), prefix, reference);
                break;
            default:
                output.Add(new(prefix, Scalar(shape, value, reference?.EffectiveTimestampFormat ?? shape.TimestampFormat)));
                break;
        }
    }

    private static void WriteStructure(List<KeyValuePair<string, string>> output, QueryShape shape, JsonObject value, string prefix)
    {
        foreach (var member in shape.Members)
        {
            if (value.TryGetPropertyValue(member.Name, out var memberValue) && memberValue is not null)
            {
                Write(output, member.Shape, memberValue, Join(prefix, member.WireName), member);
            }
        }
    }

    private static void WriteList(List<KeyValuePair<string, string>> output, QueryShape shape, JsonArray value, string prefix, QueryMember? reference)
    {
        if (value.Count == 0)
        {
            output.Add(new(prefix, ""));
            return;
        }

        var element = shape.Member ?? throw new InvalidOperationException("A list shape needs a member.");
        // Flattened lists repeat the member's own name (Name.1, Name.2); a locationName on the list's element is
        // ignored then, as Smithy's awsQuery rules say (botocore differs and skips the vectors that show it).
        var listPrefix = reference?.IsFlattened ?? shape.Flattened ? prefix : $"{prefix}.{element.LocationName ?? "member"}";

        for (var i = 0; i < value.Count; i++)
        {
            if (value[i] is { } item)
            {
                Write(output, element.Shape, item, $"{listPrefix}.{i + 1}", element);
            }
        }
    }

    private static void WriteMap(List<KeyValuePair<string, string>> output, QueryShape shape, JsonObject value, string prefix, QueryMember? reference)
    {
        var key = shape.Key ?? throw new InvalidOperationException("A map shape needs a key.");
        var valueMember = shape.Value ?? throw new InvalidOperationException("A map shape needs a value.");
        var entryPrefix = reference?.IsFlattened ?? shape.Flattened ? prefix : prefix + ".entry";
        var index = 0;
        foreach (var (name, entry) in value)
        {
            if (entry is null)
            {
                continue;
            }

            index++;
            output.Add(new($"{entryPrefix}.{index}.{key.LocationName ?? "key"}", name));
            Write(output, valueMember.Shape, entry, $"{entryPrefix}.{index}.{valueMember.LocationName ?? "value"}", valueMember);
        }
    }

    private static string Scalar(QueryShape shape, JsonNode value, string? timestampFormat)
    {
        var json = value.AsValue();
        return shape.Kind switch
        {
            QueryShapeKind.Boolean => json.GetValueKind() == JsonValueKind.True ? "true" : "false",
            QueryShapeKind.Timestamp => QueryTimestamps.Format(QueryTimestamps.FromNode(value), timestampFormat),
            QueryShapeKind.Float or QueryShapeKind.Double => FloatingPoint(json),
            _ => json.GetValueKind() == JsonValueKind.String ? json.GetValue<string>() : json.ToJsonString(),
        };
    }

    private static string FloatingPoint(JsonValue value)
    {
        // NaN and infinities travel as the strings "NaN", "Infinity", "-Infinity" in JSON and in Query alike.
        if (value.GetValueKind() == JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        // The node may hold a double, a decimal or raw JSON depending on how it was built; its JSON text is the common form.
        return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";
}
