using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using EcsConsole.Aws.Ssm.DataChannel;

namespace EcsConsole.Aws.Tests.Ssm;

/// <summary>
/// The far side of a data channel played by a test: frames the client sends are read with <see cref="NextAsync"/>, frames
/// the agent sends are pushed with <see cref="Push"/>, in whatever order (or not at all) the test wants.
/// </summary>
internal sealed class ScriptedAgent : IDataChannelTransport
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly Channel<(byte[] Frame, bool IsText)> _sent = Channel.CreateUnbounded<(byte[], bool)>();
    private readonly Channel<byte[]?> _toClient = Channel.CreateUnbounded<byte[]?>();
    private long _nextSequence;

    public Task SendAsync(ReadOnlyMemory<byte> frame, bool isText, CancellationToken cancellationToken)
    {
        _sent.Writer.TryWrite((frame.ToArray(), isText));
        return Task.CompletedTask;
    }

    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken) => await _toClient.Reader.ReadAsync(cancellationToken);

    public ValueTask DisposeAsync()
    {
        _toClient.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }

    public void Push(byte[] frame) => _toClient.Writer.TryWrite(frame);

    public void Disconnect() => _toClient.Writer.TryWrite(null);

    /// <summary>An output_stream_data frame with the agent's next sequence number (or <paramref name="sequence"/>).</summary>
    public byte[] Stream(DataChannelPayloadType type, byte[] payload, long? sequence = null) =>
        DataChannelMessageCodec.Encode(new DataChannelMessage
        {
            MessageType = DataChannelMessageTypes.OutputStreamData,
            CreatedDate = 1_700_000_000_000,
            SequenceNumber = sequence ?? _nextSequence++,
            MessageId = Guid.NewGuid(),
            PayloadType = type,
            Payload = payload,
        });

    public byte[] Output(string text, long? sequence = null) => Stream(DataChannelPayloadType.Output, Encoding.UTF8.GetBytes(text), sequence);

    public static byte[] Control(string type, object? payload = null) =>
        DataChannelMessageCodec.Encode(new DataChannelMessage
        {
            MessageType = type,
            CreatedDate = 1_700_000_000_000,
            MessageId = Guid.NewGuid(),
            Payload = payload is null ? ReadOnlyMemory<byte>.Empty : JsonSerializer.SerializeToUtf8Bytes(payload),
        });

    public static byte[] AcknowledgementOf(DataChannelMessage input) =>
        Control(DataChannelMessageTypes.Acknowledge, new
        {
            AcknowledgedMessageType = input.MessageType,
            AcknowledgedMessageId = input.MessageId.ToString(),
            AcknowledgedMessageSequenceNumber = input.SequenceNumber,
            IsSequentialMessage = true,
        });

    public async Task<(byte[] Frame, bool IsText)> NextRawAsync() => await _sent.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    public async Task<DataChannelMessage> NextAsync()
    {
        var (frame, isText) = await NextRawAsync();
        Assert.False(isText, "expected a binary frame, got the text frame");
        return DataChannelMessageCodec.Decode(frame);
    }

    public bool HasSent => _sent.Reader.TryPeek(out _);

    /// <summary>Plays the agent's side of the handshake while <paramref name="opening"/> runs; returns the client's HandshakeResponse.</summary>
    public async Task<JsonElement> HandshakeAsync()
    {
        var (token, isText) = await NextRawAsync();
        Assert.True(isText);
        Push(Stream(DataChannelPayloadType.HandshakeRequest, JsonSerializer.SerializeToUtf8Bytes(new
        {
            AgentVersion = "3.3.0.0",
            RequestedClientActions = new object[] { new { ActionType = "SessionType", ActionParameters = new { SessionType = "InteractiveCommands", Properties = (object?)null } } },
        })));
        var ack = await NextAsync();
        Assert.Equal(DataChannelMessageTypes.Acknowledge, ack.MessageType);
        var response = await NextAsync();
        Assert.Equal(DataChannelPayloadType.HandshakeResponse, response.PayloadType);
        Push(AcknowledgementOf(response));
        Push(Stream(DataChannelPayloadType.HandshakeComplete, JsonSerializer.SerializeToUtf8Bytes(new { HandshakeTimeToComplete = 1000000, CustomerMessage = "" })));
        Assert.Equal(DataChannelMessageTypes.Acknowledge, (await NextAsync()).MessageType);
        using var tokenJson = JsonDocument.Parse(token);
        Assert.Equal("secret-token", tokenJson.RootElement.GetProperty("TokenValue").GetString());
        return JsonDocument.Parse(response.Payload).RootElement.Clone();
    }
}
