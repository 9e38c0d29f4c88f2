using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ssm.DataChannel;

/// <summary>The first (text) frame on a new data channel: the session token that authorises the connection.</summary>
public sealed record OpenDataChannelInput
{
    public string MessageSchemaVersion { get; init; } = "1.0";
    public required string RequestId { get; init; }
    public required string TokenValue { get; init; }
    public required string ClientId { get; init; }
    public required string ClientVersion { get; init; }
}

/// <summary>Payload of an <c>acknowledge</c> message: which stream message arrived.</summary>
public sealed record AcknowledgeContent
{
    [JsonPropertyName("AcknowledgedMessageType")] public required string MessageType { get; init; }
    [JsonPropertyName("AcknowledgedMessageId")] public required string MessageId { get; init; }
    [JsonPropertyName("AcknowledgedMessageSequenceNumber")] public long SequenceNumber { get; init; }
    [JsonPropertyName("IsSequentialMessage")] public bool IsSequentialMessage { get; init; } = true;
}

/// <summary>Payload of a <c>channel_closed</c> message: the service ended the session, <see cref="Output"/> says why.</summary>
public sealed record ChannelClosedContent
{
    public string? MessageId { get; init; }
    public string? CreatedDate { get; init; }
    public string? DestinationId { get; init; }
    public string? SessionId { get; init; }
    public string? MessageType { get; init; }
    public int SchemaVersion { get; init; }
    public string? Output { get; init; }
}

/// <summary>The agent's HandshakeRequest: its version and the actions it asks the client to take.</summary>
public sealed record HandshakeRequestPayload
{
    public string? AgentVersion { get; init; }
    public IReadOnlyList<RequestedClientAction>? RequestedClientActions { get; init; }
}

public sealed record RequestedClientAction
{
    /// <summary><c>SessionType</c> or <c>KMSEncryption</c>.</summary>
    public string? ActionType { get; init; }
    public JsonElement? ActionParameters { get; init; }
}

/// <summary>The client's answer to a HandshakeRequest.</summary>
public sealed record HandshakeResponsePayload
{
    public required string ClientVersion { get; init; }
    public required IReadOnlyList<ProcessedClientAction> ProcessedClientActions { get; init; }
    public IReadOnlyList<string>? Errors { get; init; }
}

public sealed record ProcessedClientAction
{
    public required string ActionType { get; init; }
    /// <summary>1 success, 2 failed, 3 unsupported.</summary>
    public int ActionStatus { get; init; }
    public JsonElement? ActionResult { get; init; }
    public string? Error { get; init; }
}

/// <summary>The agent's HandshakeComplete: the session may start; <see cref="CustomerMessage"/> is shown to the person.</summary>
public sealed record HandshakeCompletePayload
{
    /// <summary>Nanoseconds (a Go duration).</summary>
    public long HandshakeTimeToComplete { get; init; }
    public string? CustomerMessage { get; init; }
}

/// <summary>The <c>SessionType</c> action's parameters.</summary>
public sealed record SessionTypeRequest
{
    public string? SessionType { get; init; }
    public JsonElement? Properties { get; init; }
}

/// <summary>A <see cref="DataChannelPayloadType.Size"/> payload: the terminal's columns and rows.</summary>
public sealed record TerminalSize
{
    [JsonPropertyName("cols")] public uint Cols { get; init; }
    [JsonPropertyName("rows")] public uint Rows { get; init; }
}

internal static class DataChannelJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Deserialize<T>(ReadOnlyMemory<byte> payload, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(payload.Span, Options) ?? throw new DataChannelProtocolException($"The {what} payload is empty.");
        }
        catch (JsonException e)
        {
            throw new DataChannelProtocolException($"The {what} payload is not the JSON the protocol defines: {e.Message}");
        }
    }
}
