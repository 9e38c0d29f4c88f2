namespace EcsConsole.Aws.Ssm.DataChannel;

/// <summary>
/// The frames of one data channel connection. <see cref="WebSocketDataChannelTransport"/> is the real one; tests put a
/// lossy or reordering one in between to exercise acknowledgement and retransmission.
/// </summary>
public interface IDataChannelTransport : IAsyncDisposable
{
    /// <summary>Sends one frame; the caller never has two sends outstanding.</summary>
    Task SendAsync(ReadOnlyMemory<byte> frame, bool isText, CancellationToken cancellationToken);

    /// <summary>The next binary frame, or null once the other side closed the connection.</summary>
    Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken);
}
