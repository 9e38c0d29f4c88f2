namespace EcsConsole.Core.Audit;

/// <summary>Filters for the audit trail; every filter is optional and they combine with AND. Newest first.</summary>
public sealed record AuditQuery
{
    public string? Actor { get; init; }

    public string? Operation { get; init; }

    public AuditOutcome? Outcome { get; init; }

    /// <summary>Case-insensitive text searched in target, parameters, error and note.</summary>
    public string? Text { get; init; }

    /// <summary>Inclusive lower bound.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Exclusive upper bound.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Zero-based page index.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 50;
}
