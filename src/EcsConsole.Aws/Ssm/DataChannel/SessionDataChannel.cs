using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace EcsConsole.Aws.Ssm.DataChannel;

/// <summary>
/// The client side of a Session Manager data channel (what the session-manager-plugin does for an ECS Exec shell):
/// sends the token, answers the agent's handshake (session type <c>InteractiveCommands</c>), delivers the agent's stream
/// messages in sequence order (holding early ones until the gap fills, acknowledging each), numbers its own input and
/// resends what goes unacknowledged past a timeout measured from round trips, and ends on <c>channel_closed</c>.
/// One instance per session; dispose to close it (the remote shell is told to terminate first).
/// </summary>
public sealed class SessionDataChannel : IAsyncDisposable
{
    private readonly IDataChannelTransport _transport;
    private readonly SessionDataChannelOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly LinkedList<PendingInput> _unacknowledged = new();
    private readonly Dictionary<long, DataChannelMessage> _early = [];
    private readonly Channel<DataChannelOutput> _output = Channel.CreateUnbounded<DataChannelOutput>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource<string?> _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<DataChannelEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private long _nextSequence;
    private long _expectedSequence;
    private double _smoothedRoundTripMs;
    private double _roundTripVariationMs;
    private TimeSpan _retransmissionTimeout;
    private bool _paused;
    private ITimer? _resendTimer;
    private Task _receiveLoop = Task.CompletedTask;
    private int _disposed;

    private SessionDataChannel(IDataChannelTransport transport, SessionDataChannelOptions options, TimeProvider time)
    {
        _transport = transport;
        _options = options;
        _time = time;
        _smoothedRoundTripMs = options.InitialRoundTrip.TotalMilliseconds;
        _retransmissionTimeout = options.InitialRetransmissionTimeout;
    }

    /// <summary>The agent's output in order; completes when the session ends.</summary>
    public ChannelReader<DataChannelOutput> Output => _output.Reader;

    /// <summary>Completes when the session ends, saying why.</summary>
    public Task<DataChannelEnd> Ended => _ended.Task;

    /// <summary>The session type the agent announced in its handshake (<c>InteractiveCommands</c> for ECS Exec).</summary>
    public string? SessionType { get; private set; }

    /// <summary>The agent version from the handshake.</summary>
    public string? AgentVersion { get; private set; }

    /// <summary>The current retransmission timeout (for tests and diagnostics).</summary>
    public TimeSpan RetransmissionTimeout
    {
        get
        {
            lock (_gate)
            {
                return _retransmissionTimeout;
            }
        }
    }

    /// <summary>Input sent and not yet acknowledged.</summary>
    public int UnacknowledgedCount
    {
        get
        {
            lock (_gate)
            {
                return _unacknowledged.Count;
            }
        }
    }

    /// <summary>Connects a WebSocket to <paramref name="streamUrl"/> and opens the session on it (see <see cref="OpenAsync"/>).</summary>
    public static async Task<SessionDataChannel> ConnectAsync(
        Uri streamUrl, string tokenValue, SessionDataChannelOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var transport = await WebSocketDataChannelTransport.ConnectAsync(streamUrl, cancellationToken).ConfigureAwait(false);
        try
        {
            return await OpenAsync(transport, tokenValue, options, time, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await transport.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Sends the token on <paramref name="transport"/>, starts reading, and returns once the agent completed the handshake
    /// (or throws <see cref="DataChannelProtocolException"/> when the session ends before it does). The channel owns the
    /// transport from here on.
    /// </summary>
    public static async Task<SessionDataChannel> OpenAsync(
        IDataChannelTransport transport, string tokenValue, SessionDataChannelOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenValue);
        var channel = new SessionDataChannel(transport, options, time);
        var open = DataChannelJson.Serialize(new OpenDataChannelInput
        {
            RequestId = Guid.NewGuid().ToString(),
            TokenValue = tokenValue,
            ClientId = options.ClientId,
            ClientVersion = options.ClientVersion,
        });
        await transport.SendAsync(open, isText: true, cancellationToken).ConfigureAwait(false);
        channel._receiveLoop = Task.Run(() => channel.ReceiveLoopAsync(channel._stop.Token), CancellationToken.None);
        channel._resendTimer = time.CreateTimer(_ => channel.OnResendTick(), null, options.ResendInterval, options.ResendInterval);

        await Task.WhenAny(channel._handshake.Task, channel._ended.Task).WaitAsync(cancellationToken).ConfigureAwait(false);
        // A short session (one command) may complete its handshake and end at once: the handshake counts.
        if (!channel._handshake.Task.IsCompleted)
        {
            var end = await channel._ended.Task.ConfigureAwait(false);
            await channel.DisposeAsync().ConfigureAwait(false);
            throw new DataChannelProtocolException($"The session ended before its handshake completed ({end.Reason}): {end.Message}");
        }

        var customerMessage = await channel._handshake.Task.ConfigureAwait(false);
        if (!string.IsNullOrEmpty(customerMessage))
        {
            channel._output.Writer.TryWrite(new DataChannelOutput(DataChannelPayloadType.Output, Encoding.UTF8.GetBytes(customerMessage + "\r\n")));
        }

        return channel;
    }

    /// <summary>Sends keystrokes (or any bytes) to the remote shell.</summary>
    public Task SendInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default) =>
        SendStreamDataAsync(DataChannelPayloadType.Output, data.ToArray(), cancellationToken);

    /// <summary>Tells the remote terminal its size.</summary>
    public Task ResizeAsync(int columns, int rows, CancellationToken cancellationToken = default)
    {
        if (columns is < 1 or > 10000 || rows is < 1 or > 10000)
        {
            throw new ArgumentException($"A terminal is 1 to 10000 columns and rows; {columns}x{rows} was given.", nameof(columns));
        }

        return SendStreamDataAsync(DataChannelPayloadType.Size, DataChannelJson.Serialize(new TerminalSize { Cols = (uint)columns, Rows = (uint)rows }), cancellationToken);
    }

    /// <summary>Asks the agent to terminate the session (the plugin's TerminateSession flag).</summary>
    public Task TerminateAsync(CancellationToken cancellationToken = default)
    {
        var flag = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(flag, (uint)DataChannelFlag.TerminateSession);
        return SendStreamDataAsync(DataChannelPayloadType.Flag, flag, cancellationToken);
    }

    private async Task SendStreamDataAsync(DataChannelPayloadType type, byte[] payload, CancellationToken cancellationToken)
    {
        if (_ended.Task.IsCompleted)
        {
            throw new InvalidOperationException("The session has ended; open a new one.");
        }

        PendingInput pending;
        lock (_gate)
        {
            var frame = DataChannelMessageCodec.Encode(new DataChannelMessage
            {
                MessageType = DataChannelMessageTypes.InputStreamData,
                CreatedDate = NowMs(),
                SequenceNumber = _nextSequence,
                MessageId = Guid.NewGuid(),
                PayloadType = type,
                Payload = payload,
            });
            pending = new PendingInput(_nextSequence++, frame);
            if (_unacknowledged.Count >= _options.OutgoingBufferCapacity)
            {
                _unacknowledged.RemoveFirst();
            }

            _unacknowledged.AddLast(pending);
            if (_paused)
            {
                // Sent on start_publication.
                return;
            }

            pending.LastSent = _time.GetTimestamp();
        }

        await SendFrameAsync(pending.Frame, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var frame = await _transport.ReceiveAsync(cancellationToken).ConfigureAwait(false);
                if (frame is null)
                {
                    End(DataChannelEndReason.ConnectionLost, "The data channel connection closed without the session ending.");
                    return;
                }

                DataChannelMessage message;
                try
                {
                    message = DataChannelMessageCodec.Decode(frame);
                }
                catch (DataChannelProtocolException)
                {
                    // A damaged frame is not acknowledged, so the agent sends it again.
                    continue;
                }

                await HandleAsync(message, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (DataChannelProtocolException e)
        {
            End(DataChannelEndReason.ProtocolError, e.Message);
        }
        catch (Exception e)
        {
            End(DataChannelEndReason.ConnectionLost, e.Message);
        }
    }

    private async Task HandleAsync(DataChannelMessage message, CancellationToken cancellationToken)
    {
        switch (message.MessageType)
        {
            case DataChannelMessageTypes.OutputStreamData:
                await HandleStreamDataAsync(message, cancellationToken).ConfigureAwait(false);
                break;
            case DataChannelMessageTypes.Acknowledge:
                Acknowledged(DataChannelJson.Deserialize<AcknowledgeContent>(message.Payload, "acknowledge"));
                break;
            case DataChannelMessageTypes.ChannelClosed:
                var closed = DataChannelJson.Deserialize<ChannelClosedContent>(message.Payload, "channel_closed");
                End(DataChannelEndReason.ClosedByService, string.IsNullOrEmpty(closed.Output) ? null : closed.Output);
                break;
            case DataChannelMessageTypes.PausePublication:
                lock (_gate)
                {
                    _paused = true;
                }

                break;
            case DataChannelMessageTypes.StartPublication:
                await ResumePublicationAsync(cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task HandleStreamDataAsync(DataChannelMessage message, CancellationToken cancellationToken)
    {
        List<DataChannelMessage> deliver = [];
        lock (_gate)
        {
            if (message.SequenceNumber > _expectedSequence)
            {
                if (_early.Count >= _options.IncomingBufferCapacity && !_early.ContainsKey(message.SequenceNumber))
                {
                    // No room: leave it unacknowledged so the agent sends it again later.
                    return;
                }

                _early[message.SequenceNumber] = message;
            }
            else if (message.SequenceNumber == _expectedSequence)
            {
                deliver.Add(message);
                _expectedSequence++;
                while (_early.Remove(_expectedSequence, out var next))
                {
                    deliver.Add(next);
                    _expectedSequence++;
                }
            }

            // A message below the expected number was delivered already: our acknowledgement was lost, so send it again.
        }

        try
        {
            await SendAcknowledgementAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException)
        {
            // An agent that ends the session right after its last output may be gone before the acknowledgement goes out;
            // the output still reaches the reader, and the receive loop learns how the session ended.
        }

        foreach (var item in deliver)
        {
            await DeliverAsync(item, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DeliverAsync(DataChannelMessage message, CancellationToken cancellationToken)
    {
        switch (message.PayloadType)
        {
            case DataChannelPayloadType.HandshakeRequest:
                await AnswerHandshakeAsync(DataChannelJson.Deserialize<HandshakeRequestPayload>(message.Payload, "HandshakeRequest"), cancellationToken).ConfigureAwait(false);
                break;
            case DataChannelPayloadType.HandshakeComplete:
                _handshake.TrySetResult(DataChannelJson.Deserialize<HandshakeCompletePayload>(message.Payload, "HandshakeComplete").CustomerMessage);
                break;
            case DataChannelPayloadType.EncChallengeRequest:
                throw new DataChannelProtocolException("The agent asked for a KMS encryption challenge; this console does not support KMS-encrypted sessions.");
            default:
                _output.Writer.TryWrite(new DataChannelOutput(message.PayloadType, message.Payload));
                break;
        }
    }

    private Task AnswerHandshakeAsync(HandshakeRequestPayload request, CancellationToken cancellationToken)
    {
        AgentVersion = request.AgentVersion;
        var processed = new List<ProcessedClientAction>();
        var errors = new List<string>();
        foreach (var action in request.RequestedClientActions ?? [])
        {
            var type = action.ActionType ?? "";
            if (type == "SessionType")
            {
                var sessionType = action.ActionParameters is { ValueKind: JsonValueKind.Object } parameters
                    ? parameters.Deserialize<SessionTypeRequest>(DataChannelJson.Options)?.SessionType
                    : null;
                SessionType = sessionType;
                processed.Add(new ProcessedClientAction { ActionType = type, ActionStatus = sessionType is null ? 2 : 1, Error = sessionType is null ? "SessionType action without a session type." : null });
            }
            else
            {
                // KMSEncryption and anything newer: declined, and the agent decides whether it can go on without.
                var error = $"Unsupported action {type}";
                errors.Add(error);
                processed.Add(new ProcessedClientAction { ActionType = type, ActionStatus = 3, Error = error });
            }
        }

        var response = new HandshakeResponsePayload { ClientVersion = _options.ClientVersion, ProcessedClientActions = processed, Errors = errors.Count == 0 ? null : errors };
        return SendStreamDataAsync(DataChannelPayloadType.HandshakeResponse, DataChannelJson.Serialize(response), cancellationToken);
    }

    private Task SendAcknowledgementAsync(DataChannelMessage message, CancellationToken cancellationToken)
    {
        var content = new AcknowledgeContent { MessageType = message.MessageType, MessageId = message.MessageId.ToString(), SequenceNumber = message.SequenceNumber };
        var frame = DataChannelMessageCodec.Encode(new DataChannelMessage
        {
            MessageType = DataChannelMessageTypes.Acknowledge,
            CreatedDate = NowMs(),
            SequenceNumber = 0,
            Flags = 3,
            MessageId = Guid.NewGuid(),
            Payload = DataChannelJson.Serialize(content),
        });
        return SendFrameAsync(frame, cancellationToken);
    }

    private void Acknowledged(AcknowledgeContent acknowledgement)
    {
        lock (_gate)
        {
            for (var node = _unacknowledged.First; node is not null; node = node.Next)
            {
                if (node.Value.SequenceNumber != acknowledgement.SequenceNumber)
                {
                    continue;
                }

                if (node.Value.LastSent is { } sent)
                {
                    UpdateRetransmissionTimeout(_time.GetElapsedTime(sent).TotalMilliseconds);
                }

                _unacknowledged.Remove(node);
                return;
            }
        }
    }

    // RFC 6298's estimator, as the plugin uses it: alpha 1/8, beta 1/4, capped at the configured maximum.
    private void UpdateRetransmissionTimeout(double sampleMs)
    {
        _roundTripVariationMs = (0.75 * _roundTripVariationMs) + (0.25 * Math.Abs(_smoothedRoundTripMs - sampleMs));
        _smoothedRoundTripMs = (0.875 * _smoothedRoundTripMs) + (0.125 * sampleMs);
        var timeout = TimeSpan.FromMilliseconds(_smoothedRoundTripMs + Math.Max(_options.ClockGranularity.TotalMilliseconds, 4 * _roundTripVariationMs));
        _retransmissionTimeout = timeout > _options.MaxRetransmissionTimeout ? _options.MaxRetransmissionTimeout : timeout;
    }

    private void OnResendTick()
    {
        PendingInput? due = null;
        lock (_gate)
        {
            if (_paused || _unacknowledged.First is not { } first || _ended.Task.IsCompleted)
            {
                return;
            }

            var oldest = first.Value;
            if (oldest.LastSent is { } sent && _time.GetElapsedTime(sent) <= _retransmissionTimeout)
            {
                return;
            }

            if (oldest.ResendAttempts >= _options.MaxResendAttempts)
            {
                End(DataChannelEndReason.Unacknowledged, $"Input {oldest.SequenceNumber} was sent {oldest.ResendAttempts + 1} times without being acknowledged.");
                return;
            }

            oldest.ResendAttempts++;
            oldest.LastSent = _time.GetTimestamp();
            due = oldest;
        }

        _ = ResendAsync(due.Frame);
    }

    private async Task ResendAsync(byte[] frame)
    {
        try
        {
            await SendFrameAsync(frame, _stop.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or InvalidOperationException or System.Net.WebSockets.WebSocketException)
        {
            // The next tick tries again, or the receive loop notices the connection is gone.
        }
    }

    private async Task ResumePublicationAsync(CancellationToken cancellationToken)
    {
        List<byte[]> unsent;
        lock (_gate)
        {
            _paused = false;
            unsent = [.. _unacknowledged.Where(p => p.LastSent is null).Select(p => p.Frame)];
            foreach (var pending in _unacknowledged.Where(p => p.LastSent is null))
            {
                pending.LastSent = _time.GetTimestamp();
            }
        }

        foreach (var frame in unsent)
        {
            await SendFrameAsync(frame, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendFrameAsync(byte[] frame, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _transport.SendAsync(frame, isText: false, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void End(DataChannelEndReason reason, string? message)
    {
        if (_ended.TrySetResult(new DataChannelEnd(reason, message)))
        {
            _output.Writer.TryComplete();
        }
    }

    private ulong NowMs() => (ulong)_time.GetUtcNow().ToUnixTimeMilliseconds();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (!_ended.Task.IsCompleted && _handshake.Task.IsCompleted)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await TerminateAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or System.Net.WebSockets.WebSocketException)
            {
                // Closing anyway.
            }
        }

        End(DataChannelEndReason.ClosedByClient, null);
        _resendTimer?.Dispose();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _transport.DisposeAsync().ConfigureAwait(false);
        try
        {
            await _receiveLoop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _sendLock.Dispose();
    }

    private sealed class PendingInput(long sequenceNumber, byte[] frame)
    {
        public long SequenceNumber { get; } = sequenceNumber;
        public byte[] Frame { get; } = frame;
        public long? LastSent { get; set; }
        public int ResendAttempts { get; set; }
    }
}
