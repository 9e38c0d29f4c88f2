using System.Text.Json.Nodes;

namespace EcsConsole.Testing;

/// <summary>One shape of a service model, with the constraints the validators check.</summary>
public sealed class ShapeModel
{
    public required string Name { get; init; }

    /// <summary>structure, list, map, string, integer, long, float, double, boolean, timestamp, blob.</summary>
    public required string Type { get; init; }

    public IReadOnlyDictionary<string, MemberModel> Members { get; init; } = new Dictionary<string, MemberModel>();

    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>The element of a list.</summary>
    public MemberModel? Member { get; init; }

    public MemberModel? Key { get; init; }

    public MemberModel? Value { get; init; }

    public IReadOnlyList<string>? Enum { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public string? Pattern { get; init; }

    public bool Flattened { get; init; }

    public string? LocationName { get; init; }

    public string? TimestampFormat { get; init; }

    public bool IsException { get; init; }

    public string? ErrorCode { get; init; }

    public int? ErrorHttpStatusCode { get; init; }

    /// <summary>A server-side error (HTTP 5xx) rather than the caller's fault.</summary>
    public bool IsFault { get; init; }

    /// <summary>A document shape holds any JSON value.</summary>
    public bool IsDocument { get; init; }

    /// <summary>A union structure has exactly one member set.</summary>
    public bool IsUnion { get; init; }

    internal static ShapeModel Parse(string name, JsonNode node)
    {
        var members = (node["members"]?.AsObject() ?? [])
            .ToDictionary(p => p.Key, p => MemberModel.Parse(p.Key, p.Value!), StringComparer.Ordinal);
        return new ShapeModel
        {
            Name = name,
            Type = node["type"]!.GetValue<string>(),
            Members = members,
            Required = (node["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToList(),
            Member = node["member"] is { } m ? MemberModel.Parse("member", m) : null,
            Key = node["key"] is { } k ? MemberModel.Parse("key", k) : null,
            Value = node["value"] is { } v ? MemberModel.Parse("value", v) : null,
            Enum = node["enum"]?.AsArray().Select(e => e!.GetValue<string>()).ToList(),
            Min = Number(node["min"]),
            Max = Number(node["max"]),
            Pattern = node["pattern"]?.GetValue<string>(),
            Flattened = node["flattened"]?.GetValue<bool>() ?? false,
            LocationName = node["locationName"]?.GetValue<string>(),
            TimestampFormat = node["timestampFormat"]?.GetValue<string>(),
            IsException = node["exception"]?.GetValue<bool>() ?? false,
            ErrorCode = node["error"]?["code"]?.GetValue<string>(),
            ErrorHttpStatusCode = node["error"]?["httpStatusCode"]?.GetValue<int>(),
            IsFault = node["fault"]?.GetValue<bool>() ?? false,
            IsDocument = node["document"]?.GetValue<bool>() ?? false,
            IsUnion = node["union"]?.GetValue<bool>() ?? false,
        };
    }

    private static decimal? Number(JsonNode? node) => node?.GetValue<decimal>();
}
