using System.Text.Json.Nodes;

namespace EcsConsole.Sandbox.Protocol;

/// <summary>Timestamps on the JSON protocols: epoch seconds with milliseconds.</summary>
public static class WireTime
{
    public static JsonNode? Epoch(DateTimeOffset? time) =>
        time is { } value ? JsonValue.Create(value.ToUnixTimeMilliseconds() / 1000.0) : null;
}
