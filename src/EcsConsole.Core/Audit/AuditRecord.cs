using EcsConsole.Core.Security;

namespace EcsConsole.Core.Audit;

/// <summary>What a caller hands the audit trail; the trail stamps the time and redacts the parameters.</summary>
public sealed record AuditRecord
{
    public required string Actor { get; init; }

    public ConsoleRole? Role { get; init; }

    public required string Operation { get; init; }

    public required string Target { get; init; }

    /// <summary>Any object or JSON text; serialized and redacted before it is stored.</summary>
    public object? Parameters { get; init; }

    public AuditOutcome Outcome { get; init; }

    public string? Error { get; init; }

    public IReadOnlyList<string> AwsRequestIds { get; init; } = [];

    public string? Note { get; init; }
}
