using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Sandbox.Exec;

/// <summary>
/// The agent's side of one ECS Exec data channel on the sandbox, as Session Manager runs it: the client's first (text)
/// frame carries the token; the agent asks for the session type (HandshakeRequest, InteractiveCommands), completes the
/// handshake on the client's HandshakeResponse, then runs the container's <see cref="SimulatedShell"/>. Every client
/// stream message is acknowledged and taken in sequence order (early ones held, repeats acknowledged and dropped);
/// the agent's own messages are numbered from 0. The session ends with <c>channel_closed</c> on exit or TerminateSession.
/// </summary>
internal sealed class DataChannelAgent(WebSocket socket, TimeProvider time)
{
    private const string AgentVersion = "3.3.1802.0";
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Dictionary<long, AgentFrame> _early = [];
    private long _nextOutgoing;
    private long _expectedIncoming;
    private SimulatedShell? _shell;
    private bool _handshakeDone;
    private ExecSessionTicket? _ticket;

    /// <summary>Runs the session until it ends; <paramref name="open"/> takes the ticket for the token the client presents.</summary>
    public async Task RunAsync(Func<string, ExecSessionTicket?> open, CancellationToken cancellationToken)
    {
        var first = await ReceiveAsync(cancellationToken);
        if (first is not { Type: WebSocketMessageType.Text } || TokenOf(first.Value.Bytes) is not { } token || open(token) is not { } ticket)
        {
            await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, "The session token is missing or not valid for this session.", cancellationToken);
            return;
        }

        _ticket = ticket;
        var request = new JsonObject
        {
            ["AgentVersion"] = AgentVersion,
            ["RequestedClientActions"] = new JsonArray(new JsonObject
            {
                ["ActionType"] = "SessionType",
                ["ActionParameters"] = new JsonObject { ["SessionType"] = "InteractiveCommands", ["Properties"] = null },
            }),
        };
        await SendStreamAsync(AgentFrame.HandshakeRequestPayload, Encoding.UTF8.GetBytes(request.ToJsonString()), cancellationToken);
        while (socket.State == WebSocketState.Open)
        {
            var message = await ReceiveAsync(cancellationToken);
            if (message is null)
            {
                return;
            }

            if (message.Value.Type != WebSocketMessageType.Binary || AgentFrame.Parse(message.Value.Bytes) is not { } frame)
            {
                continue;
            }

            if (frame.MessageType == "input_stream_data" && !await TakeAsync(frame, cancellationToken))
            {
                return;
            }
        }
    }

    // Acknowledges a client stream message and runs it and any held successors in order; false once the session ended.
    private async Task<bool> TakeAsync(AgentFrame frame, CancellationToken cancellationToken)
    {
        await AcknowledgeAsync(frame, cancellationToken);
        if (frame.SequenceNumber > _expectedIncoming)
        {
            _early[frame.SequenceNumber] = frame;
            return true;
        }

        if (frame.SequenceNumber < _expectedIncoming)
        {
            return true;
        }

        var next = frame;
        while (next is not null)
        {
            _expectedIncoming++;
            if (!await ProcessAsync(next, cancellationToken))
            {
                return false;
            }

            next = _early.Remove(_expectedIncoming, out var held) ? held : null;
        }

        return true;
    }

    private async Task<bool> ProcessAsync(AgentFrame frame, CancellationToken cancellationToken)
    {
        switch (frame.PayloadType)
        {
            case AgentFrame.HandshakeResponsePayload when !_handshakeDone:
                _handshakeDone = true;
                var complete = new JsonObject { ["HandshakeTimeToComplete"] = 2_000_000, ["CustomerMessage"] = "" };
                await SendStreamAsync(AgentFrame.HandshakeCompletePayload, Encoding.UTF8.GetBytes(complete.ToJsonString()), cancellationToken);
                _shell = new SimulatedShell(_ticket!.Shell);
                if (!IsShell(_ticket.Command))
                {
                    // A single command: run it, show its output, end the session.
                    await OutputAsync(_shell.Run(_ticket.Command).Replace("\n", "\r\n", StringComparison.Ordinal), cancellationToken);
                    await CloseChannelAsync("", cancellationToken);
                    return false;
                }

                await OutputAsync($"\r\nStarting session with SessionId: {_ticket.SessionId}\r\n{_shell.Prompt}", cancellationToken);
                return true;
            case AgentFrame.OutputPayload when _shell is not null:
                var echo = _shell.Type(Encoding.UTF8.GetString(frame.Payload));
                if (echo.Length > 0)
                {
                    await OutputAsync(echo, cancellationToken);
                }

                if (_shell.Exited)
                {
                    await CloseChannelAsync("", cancellationToken);
                    return false;
                }

                return true;
            case AgentFrame.SizePayload when _shell is not null:
                var size = JsonNode.Parse(frame.Payload);
                _shell.Columns = size?["cols"]?.GetValue<int>() ?? _shell.Columns;
                _shell.Rows = size?["rows"]?.GetValue<int>() ?? _shell.Rows;
                return true;
            case AgentFrame.FlagPayload when frame.Payload.Length == 4 && BinaryPrimitives.ReadUInt32BigEndian(frame.Payload) == AgentFrame.TerminateSessionFlag:
                await CloseChannelAsync("", cancellationToken);
                return false;
            default:
                return true;
        }
    }

    private static bool IsShell(string command) => command.Trim() is "/bin/sh" or "sh" or "/bin/bash" or "bash" or "/bin/ash";

    private Task OutputAsync(string text, CancellationToken cancellationToken) =>
        SendStreamAsync(AgentFrame.OutputPayload, Encoding.UTF8.GetBytes(text), cancellationToken);

    private Task SendStreamAsync(uint payloadType, byte[] payload, CancellationToken cancellationToken) =>
        SendAsync(new AgentFrame("output_stream_data", _nextOutgoing++, _nextOutgoing == 1 ? 1ul : 0ul, Guid.NewGuid(), payloadType, payload), cancellationToken);

    private Task AcknowledgeAsync(AgentFrame frame, CancellationToken cancellationToken)
    {
        var content = new JsonObject
        {
            ["AcknowledgedMessageType"] = frame.MessageType,
            ["AcknowledgedMessageId"] = frame.MessageId.ToString(),
            ["AcknowledgedMessageSequenceNumber"] = frame.SequenceNumber,
            ["IsSequentialMessage"] = true,
        };
        return SendAsync(new AgentFrame("acknowledge", 0, 3, Guid.NewGuid(), 0, Encoding.UTF8.GetBytes(content.ToJsonString())), cancellationToken);
    }

    private async Task CloseChannelAsync(string output, CancellationToken cancellationToken)
    {
        var closed = new JsonObject
        {
            ["MessageId"] = Guid.NewGuid().ToString(),
            ["CreatedDate"] = time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["DestinationId"] = _ticket?.Shell.TaskId,
            ["SessionId"] = _ticket?.SessionId,
            ["MessageType"] = "channel_closed",
            ["SchemaVersion"] = 1,
            ["Output"] = output,
        };
        await SendAsync(new AgentFrame("channel_closed", 0, 0, Guid.NewGuid(), 0, Encoding.UTF8.GetBytes(closed.ToJsonString())), cancellationToken);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "session ended", cancellationToken);

        // Let the client read channel_closed and close its side (its last acknowledgements are read and dropped).
        using var drain = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        drain.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            while (await ReceiveAsync(drain.Token) is not null)
            {
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendAsync(AgentFrame frame, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(frame.ToBytes(time.GetUtcNow()), WebSocketMessageType.Binary, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private static string? TokenOf(byte[] text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("TokenValue", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<(WebSocketMessageType Type, byte[] Bytes)?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken);
            }
            catch (WebSocketException)
            {
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > 1024 * 1024)
            {
                return null;
            }

            if (result.EndOfMessage)
            {
                return (result.MessageType, message.ToArray());
            }
        }
    }
}
