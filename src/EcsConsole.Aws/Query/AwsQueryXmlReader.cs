using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace EcsConsole.Aws.Query;

/// <summary>
/// Reads AWS Query XML into the JSON form of the output record, driven by a <see cref="QueryShape"/>: timestamps become
/// epoch seconds, blobs stay base64, lists and maps follow member/entry or flattened layout. Namespaces are ignored
/// (services are inconsistent about them); unknown elements are skipped.
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

    private static JsonNode? ReadScalar(QueryShape shape, string text, string? timestampFormat) =>
        shape.Kind switch
        {
            QueryShapeKind.Boolean => JsonValue.Create(bool.Parse(text.Trim())),
            QueryShapeKind.Integer or QueryShapeKind.Long => JsonValue.Create(long.Parse(text.Trim(), CultureInfo.InvariantCulture)),
            QueryShapeKind.Float or QueryShapeKind.Double => FloatingPoint(text.Trim()),
            QueryShapeKind.Timestamp => QueryTimestamps.ToNode(QueryTimestamps.Parse(text, timestampFormat)),
            _ => JsonValue.Create(text),
        };

    private static JsonNode FloatingPoint(string text) =>
        text is "NaN" or "Infinity" or "-Infinity"
            ? JsonValue.Create(text)
            : JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));

    private static IEnumerable<XElement> Children(XElement element, string localName) =>
        element.Elements().Where(child => child.Name.LocalName == localName);
}
