using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Sandbox.Protocol;

/// <summary>Typed, validating access to a JSON request body, answering type errors like AWS does (SerializationException).</summary>
public sealed class JsonInput(JsonObject body)
{
    public JsonObject Body { get; } = body;

    /// <summary>The host (and port) the request was sent to, for answers that point back at this endpoint.</summary>
    public string? RequestHost { get; init; }

    public string? String(string name) => Body[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => throw WrongType(name, "a string"),
    };

    public string RequiredString(string name) =>
        String(name) is { Length: > 0 } value ? value : throw Missing(name);

    public int? Int(string name) => Body[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) => number,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var real) && real == Math.Floor(real) && Math.Abs(real) < int.MaxValue => (int)real,
        _ => throw WrongType(name, "an integer"),
    };

    public double? Double(string name) => Body[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var number) => number,
        _ => throw WrongType(name, "a number"),
    };

    public bool? Bool(string name) => Body[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        _ => throw WrongType(name, "a boolean"),
    };

    public IReadOnlyList<string>? StringList(string name) => Body[name] switch
    {
        null => null,
        JsonArray array => array.Select((item, i) => item is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw WrongType($"{name}[{i}]", "a string")).ToList(),
        _ => throw WrongType(name, "a list"),
    };

    public IReadOnlyList<JsonInput>? ObjectList(string name) => Body[name] switch
    {
        null => null,
        JsonArray array => array.Select((item, i) => item is JsonObject obj ? new JsonInput(obj) : throw WrongType($"{name}[{i}]", "a structure")).ToList(),
        _ => throw WrongType(name, "a list"),
    };

    public JsonInput? Object(string name) => Body[name] switch
    {
        null => null,
        JsonObject obj => new JsonInput(obj),
        _ => throw WrongType(name, "a structure"),
    };

    /// <summary>A member constrained to an enum of the service model.</summary>
    public string? Enum(string name, params string[] allowed)
    {
        var value = String(name);
        return value is null || allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new SandboxApiException("InvalidParameterException", $"1 validation error detected: Value '{value}' at '{name}' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", allowed)}]");
    }

    private static SandboxApiException WrongType(string name, string expected) =>
        new("SerializationException", $"Start of structure or map found where not expected: '{name}' must be {expected}.");

    private static SandboxApiException Missing(string name) =>
        new("InvalidParameterException", $"1 validation error detected: Value null at '{name}' failed to satisfy constraint: Member must not be null");
}
