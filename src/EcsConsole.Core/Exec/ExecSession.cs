using System.Runtime.CompilerServices;
using System.Text;
using EcsConsole.Aws.Ssm.DataChannel;

namespace EcsConsole.Core.Exec;

/// <summary>
/// One open shell. Read <see cref="ReadOutputAsync"/> (one reader), type with <see cref="SendAsync"/>, resize with
/// <see cref="ResizeAsync"/>; <see cref="Ended"/> completes when it ends, however it ends. Dispose to end it (the agent
/// is told to terminate); the end is audited once.
/// </summary>
public sealed class ExecSession : IAsyncDisposable
{
    private readonly SessionDataChannel _channel;
    private readonly Task _audited;

    internal ExecSession(SessionDataChannel channel, ExecTarget target, string sessionId, Func<ExecSessionEnd, Task> onEnded)
    {
        _channel = channel;
        Target = target;
        SessionId = sessionId;
        Ended = EndOf(channel);
        _audited = Ended.ContinueWith(t => onEnded(t.Result), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Unwrap();
    }

    public ExecTarget Target { get; }

    public string SessionId { get; }

    public Task<ExecSessionEnd> Ended { get; }

    /// <summary>The remote terminal's output as text, in order, until the session ends.</summary>
    public async IAsyncEnumerable<string> ReadOutputAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // One decoder across pieces: a UTF-8 character may be split between two messages.
        var decoder = Encoding.UTF8.GetDecoder();
        await foreach (var piece in _channel.Output.ReadAllAsync(cancellationToken))
        {
            if (piece.PayloadType is not (DataChannelPayloadType.Output or DataChannelPayloadType.StdErr))
            {
                continue;
            }

            var chars = new char[decoder.GetCharCount(piece.Data.Span, flush: false)];
            decoder.GetChars(piece.Data.Span, chars, flush: false);
            if (chars.Length > 0)
            {
                yield return new string(chars);
            }
        }
    }

    public Task SendAsync(string keys, CancellationToken cancellationToken = default) =>
        _channel.SendInputAsync(Encoding.UTF8.GetBytes(keys), cancellationToken);

    public Task ResizeAsync(int columns, int rows, CancellationToken cancellationToken = default) =>
        _channel.ResizeAsync(columns, rows, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _audited;
    }

    private static async Task<ExecSessionEnd> EndOf(SessionDataChannel channel)
    {
        var end = await channel.Ended;
        return end.Reason switch
        {
            DataChannelEndReason.ClosedByService => new ExecSessionEnd(
                end.Message is { Length: > 0 } said ? $"The session was ended by AWS: {said}" : "The session ended (the shell exited or AWS closed it).", ByAws: true, Failed: false),
            DataChannelEndReason.ClosedByClient => new ExecSessionEnd("You closed the session.", ByAws: false, Failed: false),
            DataChannelEndReason.ConnectionLost => new ExecSessionEnd(
                $"The connection to Session Manager was lost{(end.Message is { Length: > 0 } m ? $" ({m})" : "")}; open a new shell.", ByAws: true, Failed: true),
            DataChannelEndReason.Unacknowledged => new ExecSessionEnd($"Session Manager stopped answering: {end.Message} Open a new shell.", ByAws: true, Failed: true),
            _ => new ExecSessionEnd($"The session broke the Session Manager protocol: {end.Message}", ByAws: true, Failed: true),
        };
    }
}
