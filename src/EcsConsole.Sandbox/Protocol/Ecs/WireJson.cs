using System.Text.Json.Nodes;

namespace EcsConsole.Sandbox.Protocol.Ecs;

/// <summary>Small builders for the JSON shapes every ECS structure repeats.</summary>
internal static class WireJson
{
    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new(items.ToArray());

    public static JsonArray Tags(IReadOnlyDictionary<string, string> tags) =>
        Array(tags.Select(t => new JsonObject { ["key"] = t.Key, ["value"] = t.Value }));

    public static JsonArray NameValues(IEnumerable<KeyValuePair<string, string>> pairs) =>
        Array(pairs.Select(p => new JsonObject { ["name"] = p.Key, ["value"] = p.Value }));

    /// <summary>Adds a member only when it has a value: AWS omits absent members rather than sending null.</summary>
    public static JsonObject With(this JsonObject target, string name, JsonNode? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }

        return target;
    }

    public static JsonObject Failure(string arn, string reason) => new() { ["arn"] = arn, ["reason"] = reason };
}
