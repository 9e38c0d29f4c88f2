using System.Text.Json.Nodes;
using EcsConsole.Aws.Query;

namespace EcsConsole.Aws.Tests.Protocol;

/// <summary>Builds our <see cref="QueryShape"/>s from a vector's botocore shapes (recursion-safe).</summary>
public sealed class VectorQueryShapes(JsonObject shapes)
{
    private readonly Dictionary<string, QueryShape> _built = new(StringComparer.Ordinal);

    public QueryShape Build(string name)
    {
        if (_built.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var definition = shapes[name]!.AsObject();
        var shape = new QueryShape(Kind(definition["type"]!.GetValue<string>()))
        {
            Flattened = definition["flattened"]?.GetValue<bool>() ?? false,
            TimestampFormat = definition["timestampFormat"]?.GetValue<string>(),
        };
        _built[name] = shape;

        switch (shape.Kind)
        {
            case QueryShapeKind.Structure:
                foreach (var (memberName, reference) in definition["members"]!.AsObject())
                {
                    shape.Members.Add(Member(memberName, reference!.AsObject()));
                }

                break;
            case QueryShapeKind.List:
                shape.Member = Member("member", definition["member"]!.AsObject());
                break;
            case QueryShapeKind.Map:
                shape.Key = Member("key", definition["key"]!.AsObject());
                shape.Value = Member("value", definition["value"]!.AsObject());
                break;
        }

        return shape;
    }

    private QueryMember Member(string name, JsonObject reference) =>
        new(name,
            Build(reference["shape"]!.GetValue<string>()),
            reference["locationName"]?.GetValue<string>(),
            reference["flattened"]?.GetValue<bool>() ?? false,
            reference["timestampFormat"]?.GetValue<string>());

    private static QueryShapeKind Kind(string type) => type switch
    {
        "structure" => QueryShapeKind.Structure,
        "list" => QueryShapeKind.List,
        "map" => QueryShapeKind.Map,
        "boolean" => QueryShapeKind.Boolean,
        "integer" => QueryShapeKind.Integer,
        "long" => QueryShapeKind.Long,
        "float" => QueryShapeKind.Float,
        "double" => QueryShapeKind.Double,
        "blob" => QueryShapeKind.Blob,
        "timestamp" => QueryShapeKind.Timestamp,
        _ => QueryShapeKind.String,
    };
}
