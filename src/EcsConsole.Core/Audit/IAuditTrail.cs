namespace EcsConsole.Core.Audit;

/// <summary>The console's audit trail, kept in its store. Singleton; each call uses its own database context.</summary>
public interface IAuditTrail
{
    /// <summary>Stamps, redacts and stores one entry. Callers pass <see cref="CancellationToken.None"/> when the entry must be kept regardless.</summary>
    Task<AuditEntry> RecordAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Replaces a <see cref="AuditOutcome.Started"/> entry's outcome once its action has ended.</summary>
    Task CompleteAsync(long entryId, AuditOutcome outcome, string? error, IReadOnlyList<string> awsRequestIds, CancellationToken cancellationToken);

    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Every entry matching the filters (paging ignored), newest first, streamed for export.</summary>
    IAsyncEnumerable<AuditEntry> ExportAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>The distinct operation names seen so far, for the filter drop-down.</summary>
    Task<IReadOnlyList<string>> OperationNamesAsync(CancellationToken cancellationToken);
}
