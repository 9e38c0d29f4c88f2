using System.Collections.Concurrent;

namespace EcsConsole.Sandbox.Exec;

/// <summary>What the simulated shell of one container knows about where it runs.</summary>
public sealed record ExecShellContext(
    string ContainerName,
    string Image,
    string TaskId,
    string ClusterName,
    string Hostname,
    string PrivateIp,
    IReadOnlyList<KeyValuePair<string, string>> Environment);

/// <summary>A session ExecuteCommand started: the data channel opens it once, with its token.</summary>
public sealed record ExecSessionTicket(string SessionId, string Token, string Command, ExecShellContext Shell);

/// <summary>
/// Sessions waiting for their data channel, per engine. A ticket is taken when its WebSocket presents the right token, so
/// a stream URL and token open one session once, as with Session Manager.
/// </summary>
public sealed class ExecSessions
{
    private readonly ConcurrentDictionary<string, ExecSessionTicket> _waiting = new(StringComparer.Ordinal);

    public void Add(ExecSessionTicket ticket) => _waiting[ticket.SessionId] = ticket;

    public ExecSessionTicket? Peek(string sessionId) => _waiting.GetValueOrDefault(sessionId);

    public bool TryTake(string sessionId, string token, out ExecSessionTicket? ticket)
    {
        ticket = null;
        if (!_waiting.TryGetValue(sessionId, out var waiting) || !string.Equals(waiting.Token, token, StringComparison.Ordinal))
        {
            return false;
        }

        return _waiting.TryRemove(sessionId, out ticket);
    }
}
