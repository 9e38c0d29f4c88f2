using System.Text.Json.Nodes;

namespace EcsConsole.Testing;

/// <summary>A reference to a shape from a structure member, list member, or map key/value.</summary>
public sealed record MemberModel(
    string Name,
    string Shape,
    string? LocationName,
    string? Location,
    bool Flattened,
    string? TimestampFormat,
    string? QueryName = null)
{
    /// <summary>The name on the wire: <c>locationName</c> when present, else the member name.</summary>
    public string WireName => LocationName ?? Name;

    /// <summary>True when the member travels in a header, URI or query string rather than the body.</summary>
    public bool IsOutsideBody => Location is not null;

    internal static MemberModel Parse(string name, JsonNode node) => new(
        name,
        node["shape"]!.GetValue<string>(),
        node["locationName"]?.GetValue<string>(),
        node["location"]?.GetValue<string>(),
        node["flattened"]?.GetValue<bool>() ?? false,
        node["timestampFormat"]?.GetValue<string>(),
        node["queryName"]?.GetValue<string>());

    /// <summary>
    /// The parameter name in an EC2 Query request: queryName, else locationName with its first letter upper-cased, else
    /// the member name (botocore's ec2 serializer).
    /// </summary>
    public string Ec2QueryName => QueryName ?? (LocationName is { Length: > 0 } location ? char.ToUpperInvariant(location[0]) + location[1..] : Name);
}
