namespace EcsConsole.Aws.Query;

public enum QueryShapeKind
{
    Structure,
    List,
    Map,
    String,
    Boolean,
    Integer,
    Long,
    Float,
    Double,
    Blob,
    Timestamp,
}

/// <summary>
/// Just enough of a model shape to serialize AWS Query input and read its XML output: kind, member names and their
/// locationName, list/map layout (flattened, renamed member/key/value), timestamp format. Mutable collections so
/// recursive shapes can refer to themselves; build once, then share read-only.
/// </summary>
public sealed class QueryShape
{
    public static QueryShape String => new(QueryShapeKind.String);
    public static QueryShape Boolean => new(QueryShapeKind.Boolean);
    public static QueryShape Integer => new(QueryShapeKind.Integer);
    public static QueryShape Long => new(QueryShapeKind.Long);
    public static QueryShape Double => new(QueryShapeKind.Double);
    public static QueryShape Timestamp => new(QueryShapeKind.Timestamp);

    public QueryShape(QueryShapeKind kind)
    {
        Kind = kind;
    }

    public QueryShapeKind Kind { get; }

    /// <summary>Structure members in model order.</summary>
    public List<QueryMember> Members { get; } = [];

    /// <summary>List element (its LocationName renames "member").</summary>
    public QueryMember? Member { get; set; }

    public QueryMember? Key { get; set; }

    public QueryMember? Value { get; set; }

    public bool Flattened { get; set; }

    /// <summary>iso8601 (Query's default), unixTimestamp or rfc822.</summary>
    public string? TimestampFormat { get; set; }

    public static QueryShape Structure(params QueryMember[] members)
    {
        var shape = new QueryShape(QueryShapeKind.Structure);
        shape.Members.AddRange(members);
        return shape;
    }

    public static QueryShape ListOf(QueryShape element, string? memberName = null, bool flattened = false) =>
        new(QueryShapeKind.List) { Member = new QueryMember("member", element, memberName), Flattened = flattened };

    public static QueryShape MapOf(QueryShape key, QueryShape value, bool flattened = false) =>
        new(QueryShapeKind.Map) { Key = new QueryMember("key", key), Value = new QueryMember("value", value), Flattened = flattened };
}

/// <summary>A member reference: the JSON-side name, its shape and the wire-side overrides of the reference.</summary>
public sealed record QueryMember(
    string Name,
    QueryShape Shape,
    string? LocationName = null,
    bool Flattened = false,
    string? TimestampFormat = null)
{
    public string WireName => LocationName ?? Name;

    public bool IsFlattened => Flattened || Shape.Flattened;

    public string? EffectiveTimestampFormat => TimestampFormat ?? Shape.TimestampFormat;
}
