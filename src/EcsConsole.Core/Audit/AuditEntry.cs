using EcsConsole.Core.Security;

namespace EcsConsole.Core.Audit;

/// <summary>One attempt to change something, as kept in the console's store. Parameters are already redacted.</summary>
public sealed class AuditEntry : EcsConsole.Core.Connection.IConnectionStamped
{
    /// <summary>The connection this was made in (<see cref="EcsConsole.Core.Connection.IConnectionStamped"/>); null before connections existed.</summary>
    public string? ConnectionName { get; set; }

    public string? Partition { get; set; }

    public string? AccountId { get; set; }

    public string? Region { get; set; }

    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Actor { get; init; }

    /// <summary>The actor's role at the time; null when nobody was signed in.</summary>
    public ConsoleRole? Role { get; init; }

    /// <summary>The operation's audit name, e.g. <c>Service.Scale</c>.</summary>
    public required string Operation { get; init; }

    public required string Target { get; init; }

    /// <summary>The operation's inputs as JSON, secrets replaced by <see cref="SecretRedactor.Mask"/>.</summary>
    public string? Parameters { get; init; }

    public AuditOutcome Outcome { get; init; }

    public string? Error { get; init; }

    public string[] AwsRequestIds { get; init; } = [];

    public string? Note { get; init; }
}
