using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace EcsConsole.Aws.Query;

/// <summary>
/// Reads AWS Query XML into the JSON form of the output record, driven by a <see cref="QueryShape"/>: timestamps become
/// epoch seconds, blobs stay base64, lists and maps follow member/entry or flattened layout. Namespaces are ignored
/// (services are inconsistent about them); unknown elements are skipped. A scalar that does not parse as its shape's kind
/// stays text, so the tolerant JSON reading after this either coerces it or leaves out the element that holds it.
/// </summary>
public static class AwsQueryXmlReader
{
    public static JsonObject ReadStructure(QueryShape shape, XElement element)
    {
        var result = new JsonObject();
        foreach (var member in shape.Members)
        {
            if (member.Shape.Kind == QueryShapeKind.List && member.IsFlattened)
            {
                // Smithy: flattened entries carry the structure member's name, not the list element's locationName.
                var items = Children(element, member.WireName).ToList();
                if (items.Count > 0)
                {
                    result[member.Name] = new JsonArray(items.Select(item => Read(member.Shape.Member!, item)).ToArray());
                }

                continue;
            }

            if (member.Shape.Kind == QueryShapeKind.Map && member.IsFlattened)
            {
                var entries = Children(element, member.WireName).ToList();
                if (entries.Count > 0)
                {
                    result[member.Name] = ReadEntries(member.Shape, entries);
                }

                continue;
            }

            var child = Children(element, member.WireName).FirstOrDefault();
            if (child is not null)
            {
                result[member.Name] = Read(member, child);
            }
        }

        return result;
    }

    private static JsonNode? Read(QueryMember reference, XElement element)
    {
        var shape = reference.Shape;
        switch (shape.Kind)
        {
            case QueryShapeKind.Structure:
                return ReadStructure(shape, element);
            case QueryShapeKind.List:
                var item = shape.Member ?? throw new InvalidOperationException("A list shape needs a member.");
                return new JsonArray(Children(element, item.LocationName ?? "member").Select(child => Read(item, child)).ToArray());
            case QueryShapeKind.Map:
                return ReadEntries(shape, Children(element, "entry"));
            default:
                return ReadScalar(shape, element.Value, reference.EffectiveTimestampFormat);
        }
    }

    private static JsonObject ReadEntries(QueryShape map, IEnumerable<XElement> entries)
    {
        var key = map.Key ?? throw new InvalidOperationException("A map shape needs a key.");
        var value = map.Value ?? throw new InvalidOperationException("A map shape needs a value.");
        var result = new JsonObject();
        foreach (var entry in entries)
        {
            var keyElement = Children(entry, key.LocationName ?? "key").FirstOrDefault();
            var valueElement = Children(entry, value.LocationName ?? "value").FirstOrDefault();
            if (keyElement is not null)
            {
                result[keyElement.Value] = valueElement is null ? null : Read(value, valueElement);
            }
        }

        return result;
    }

    private static JsonNode? ReadScalar(QueryShape shape, string text, string? timestampFormat)
    {
        var trimmed = text.Trim();
        return shape.Kind switch
        {
            QueryShapeKind.Boolean when bool.TryParse(trimmed, out var flag) => JsonValue.Create(flag),
            QueryShapeKind.Integer or QueryShapeKind.Long when long.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) =>
                JsonValue.Create(whole),
            QueryShapeKind.Float or QueryShapeKind.Double when trimmed is "NaN" or "Infinity" or "-Infinity" => JsonValue.Create(trimmed),
            QueryShapeKind.Float or QueryShapeKind.Double when double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
                && double.IsFinite(real) => JsonValue.Create(real),
            QueryShapeKind.Timestamp when QueryTimestamps.TryParse(text, timestampFormat, out var instant) => QueryTimestamps.ToNode(instant),
            _ => JsonValue.Create(text),
        };
    }

    private static IEnumerable<XElement> Children(XElement element, string localName) =>
        element.Elements().Where(child => child.Name.LocalName == localName);
}
