using System.Text.Json.Nodes;

namespace EcsConsole.Testing;

/// <summary>One operation of a service model.</summary>
public sealed record OperationModel(
    string Name,
    string? InputShape,
    string? OutputShape,
    string? ResultWrapper,
    string HttpMethod,
    string RequestUri,
    IReadOnlyList<string> ErrorShapes)
{
    internal static OperationModel Parse(JsonNode node) => new(
        node["name"]!.GetValue<string>(),
        node["input"]?["shape"]?.GetValue<string>(),
        node["output"]?["shape"]?.GetValue<string>(),
        node["output"]?["resultWrapper"]?.GetValue<string>(),
        node["http"]?["method"]?.GetValue<string>() ?? "POST",
        node["http"]?["requestUri"]?.GetValue<string>() ?? "/",
        (node["errors"]?.AsArray() ?? []).Select(e => e!["shape"]!.GetValue<string>()).ToList());
}
