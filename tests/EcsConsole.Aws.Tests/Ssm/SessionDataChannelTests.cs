using System.Text;
using System.Text.Json;
using EcsConsole.Aws.Ssm.DataChannel;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Aws.Tests.Ssm;

public sealed class SessionDataChannelTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-08T00:00:00Z"));
    private readonly ScriptedAgent _agent = new();
    private readonly SessionDataChannelOptions _options = new() { MaxResendAttempts = 3 };
    private SessionDataChannel? _channel;
    private JsonElement _handshakeResponse;

    private SessionDataChannel Channel => _channel!;

    public async Task InitializeAsync()
    {
        var opening = SessionDataChannel.OpenAsync(_agent, "secret-token", _options, _time, CancellationToken.None);
        _handshakeResponse = await _agent.HandshakeAsync();
        _channel = await opening.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async Task DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }
    }

    private async Task<string> ReadOutputAsync(int bytes)
    {
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < bytes)
        {
            var piece = await Channel.Output.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            text.Append(Encoding.UTF8.GetString(piece.Data.Span));
        }

        return text.ToString();
    }

    [Fact]
    public void Open_HandshakeRequest_AcceptsTheInteractiveSessionType()
    {
        Assert.Equal("InteractiveCommands", Channel.SessionType);
        Assert.Equal("3.3.0.0", Channel.AgentVersion);
        var action = Assert.Single(_handshakeResponse.GetProperty("ProcessedClientActions").EnumerateArray());
        Assert.Equal("SessionType", action.GetProperty("ActionType").GetString());
        Assert.Equal(1, action.GetProperty("ActionStatus").GetInt32());
    }

    [Fact]
    public async Task Output_InSequence_IsDeliveredAndAcknowledged()
    {
        _agent.Push(_agent.Output("$ "));

        Assert.Equal("$ ", await ReadOutputAsync(2));
        var ack = await _agent.NextAsync();
        Assert.Equal(DataChannelMessageTypes.Acknowledge, ack.MessageType);
        using var content = JsonDocument.Parse(ack.Payload);
        Assert.Equal(2, content.RootElement.GetProperty("AcknowledgedMessageSequenceNumber").GetInt64());
        Assert.Equal("output_stream_data", content.RootElement.GetProperty("AcknowledgedMessageType").GetString());
    }

    [Fact]
    public async Task Output_OutOfOrder_IsHeldUntilTheGapFillsThenDeliveredInOrder()
    {
        // The handshake used sequence numbers 0 and 1.
        _agent.Push(_agent.Output("c", sequence: 4));
        _agent.Push(_agent.Output("b", sequence: 3));
        Assert.Equal(DataChannelMessageTypes.Acknowledge, (await _agent.NextAsync()).MessageType);
        Assert.Equal(DataChannelMessageTypes.Acknowledge, (await _agent.NextAsync()).MessageType);
        Assert.False(Channel.Output.TryPeek(out _));

        _agent.Push(_agent.Output("a", sequence: 2));

        Assert.Equal("abc", await ReadOutputAsync(3));
    }

    [Fact]
    public async Task Output_DeliveredTwice_IsShownOnceAndAcknowledgedAgain()
    {
        var frame = _agent.Output("once", sequence: 2);
        _agent.Push(frame);
        _agent.Push(frame);
        _agent.Push(_agent.Output("!", sequence: 3));

        Assert.Equal("once!", await ReadOutputAsync(5));
        var acknowledged = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            using var content = JsonDocument.Parse((await _agent.NextAsync()).Payload);
            acknowledged.Add(content.RootElement.GetProperty("AcknowledgedMessageSequenceNumber").GetInt64());
        }

        Assert.Equal([2, 2, 3], acknowledged);
    }

    [Fact]
    public async Task Output_DamagedFrame_IsNotAcknowledgedSoTheAgentResends()
    {
        var frame = _agent.Output("x", sequence: 2);
        var damaged = frame.ToArray();
        damaged[^1] ^= 0x20;
        _agent.Push(damaged);
        _agent.Push(frame);

        Assert.Equal("x", await ReadOutputAsync(1));
        Assert.Equal(DataChannelMessageTypes.Acknowledge, (await _agent.NextAsync()).MessageType);
        Assert.False(_agent.HasSent);
    }

    [Fact]
    public async Task Input_IsNumberedAfterTheHandshakeResponse()
    {
        await Channel.SendInputAsync("ls\r"u8.ToArray());
        await Channel.ResizeAsync(120, 40);

        var input = await _agent.NextAsync();
        var size = await _agent.NextAsync();
        Assert.Equal((DataChannelMessageTypes.InputStreamData, 1L, DataChannelPayloadType.Output), (input.MessageType, input.SequenceNumber, input.PayloadType));
        Assert.Equal((2L, DataChannelPayloadType.Size), (size.SequenceNumber, size.PayloadType));
        using var json = JsonDocument.Parse(size.Payload);
        Assert.Equal((120, 40), (json.RootElement.GetProperty("cols").GetInt32(), json.RootElement.GetProperty("rows").GetInt32()));
    }

    [Fact]
    public async Task Input_Lost_IsResentAfterTheTimeoutWithTheSameSequenceNumber()
    {
        await Channel.SendInputAsync("pwd\r"u8.ToArray());
        var first = await _agent.NextAsync();

        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.False(_agent.HasSent);
        _time.Advance(TimeSpan.FromMilliseconds(200));

        var again = await _agent.NextAsync();
        Assert.Equal((first.SequenceNumber, first.MessageId), (again.SequenceNumber, again.MessageId));
    }

    [Fact]
    public async Task Input_Acknowledged_IsNotResent()
    {
        await Channel.SendInputAsync("pwd\r"u8.ToArray());
        var input = await _agent.NextAsync();
        _time.Advance(TimeSpan.FromMilliseconds(50));
        _agent.Push(ScriptedAgent.AcknowledgementOf(input));
        await WaitUntilAsync(() => Channel.UnacknowledgedCount == 0);

        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.False(_agent.HasSent);
        // Samples 0 ms (the handshake response, acknowledged at once) then 50 ms, from an assumed 100 ms:
        // smoothed 82.8125 + max(10, 4 × 28.125) = 195.3125 ms.
        Assert.Equal(195.3125, Channel.RetransmissionTimeout.TotalMilliseconds, 3);
    }

    [Fact]
    public async Task Input_NeverAcknowledged_EndsTheSessionAfterTheLastResend()
    {
        await Channel.SendInputAsync("x"u8.ToArray());
        for (var i = 0; i < 10; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(300));
        }

        var end = await Channel.Ended.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(DataChannelEndReason.Unacknowledged, end.Reason);
    }

    [Fact]
    public async Task Input_WhilePublicationPaused_IsHeldUntilStart()
    {
        _agent.Push(ScriptedAgent.Control(DataChannelMessageTypes.PausePublication));
        _agent.Push(_agent.Output("p", sequence: 2));
        await ReadOutputAsync(1);
        await _agent.NextAsync();

        await Channel.SendInputAsync("held"u8.ToArray());
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(_agent.HasSent);

        _agent.Push(ScriptedAgent.Control(DataChannelMessageTypes.StartPublication));
        Assert.Equal("held", Encoding.UTF8.GetString((await _agent.NextAsync()).Payload.Span));
    }

    [Fact]
    public async Task ChannelClosed_EndsTheSessionWithTheServicesWords()
    {
        _agent.Push(ScriptedAgent.Control(DataChannelMessageTypes.ChannelClosed, new { SessionId = "s-1", Output = "Session terminated by AWS", SchemaVersion = 1 }));

        var end = await Channel.Ended.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new DataChannelEnd(DataChannelEndReason.ClosedByService, "Session terminated by AWS"), end);
        Assert.True(Channel.Output.Completion.IsCompleted || await Channel.Output.WaitToReadAsync() is false);
    }

    [Fact]
    public async Task Connection_DroppedWithoutChannelClosed_EndsAsConnectionLost()
    {
        _agent.Disconnect();

        Assert.Equal(DataChannelEndReason.ConnectionLost, (await Channel.Ended.WaitAsync(TimeSpan.FromSeconds(10))).Reason);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
