using System.Net.WebSockets;

namespace EcsConsole.Aws.Ssm.DataChannel;

/// <summary>A data channel over a <see cref="ClientWebSocket"/> to the session's stream URL (wss://ssmmessages...).</summary>
public sealed class WebSocketDataChannelTransport : IDataChannelTransport
{
    private const int MaxFrameBytes = 4 * 1024 * 1024;
    private readonly ClientWebSocket _socket;

    private WebSocketDataChannelTransport(ClientWebSocket socket)
    {
        _socket = socket;
    }

    public static async Task<WebSocketDataChannelTransport> ConnectAsync(Uri streamUrl, CancellationToken cancellationToken)
    {
        if (streamUrl.Scheme is not ("wss" or "ws"))
        {
            throw new ArgumentException($"A session stream URL is a WebSocket URL (wss://); '{streamUrl}' is not.", nameof(streamUrl));
        }

        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        try
        {
            await socket.ConnectAsync(streamUrl, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new WebSocketDataChannelTransport(socket);
    }

    public Task SendAsync(ReadOnlyMemory<byte> frame, bool isText, CancellationToken cancellationToken) =>
        _socket.SendAsync(frame, isText ? WebSocketMessageType.Text : WebSocketMessageType.Binary, endOfMessage: true, cancellationToken).AsTask();

    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var frame = new MemoryStream();
        while (true)
        {
            ValueWebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            frame.Write(buffer, 0, result.Count);
            if (frame.Length > MaxFrameBytes)
            {
                throw new DataChannelProtocolException($"A data channel frame exceeded {MaxFrameBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                return frame.ToArray();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "session ended", timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The other side is gone already; nothing to close.
            }
        }

        _socket.Dispose();
    }
}
