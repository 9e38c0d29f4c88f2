using System.Runtime.CompilerServices;
using EcsConsole.Core.Security;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.Audit;

public sealed class AuditTrail(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider timeProvider) : IAuditTrail
{
    public const int MaxPageSize = 500;

    public async Task<AuditEntry> RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var entry = new AuditEntry
        {
            At = timeProvider.GetUtcNow(),
            Actor = record.Actor,
            Role = record.Role,
            Operation = record.Operation,
            Target = record.Target,
            Parameters = SecretRedactor.RedactToJson(record.Parameters),
            Outcome = record.Outcome,
            Error = record.Error,
            AwsRequestIds = record.AwsRequestIds.ToArray(),
            Note = record.Note,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    public async Task CompleteAsync(long entryId, AuditOutcome outcome, string? error, IReadOnlyList<string> awsRequestIds, CancellationToken cancellationToken)
    {
        if (outcome == AuditOutcome.Started)
        {
            throw new ArgumentException("An entry is completed with the action's outcome, not Started.", nameof(outcome));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = await db.AuditEntries.SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no audit entry {entryId} to complete.");
        if (entry.Outcome != AuditOutcome.Started)
        {
            throw new InvalidOperationException($"Audit entry {entryId} has its outcome ({entry.Outcome}) already; entries are never rewritten.");
        }

        var entryEntity = db.Entry(entry);
        entryEntity.Property(e => e.Outcome).CurrentValue = outcome;
        entryEntity.Property(e => e.Error).CurrentValue = error;
        entryEntity.Property(e => e.AwsRequestIds).CurrentValue = awsRequestIds.ToArray();
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(db.AuditEntries.AsNoTracking(), query);
        var total = await filtered.CountAsync(cancellationToken);
        var entries = await filtered
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, query.Page) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        return new AuditPage(entries, total);
    }

    public async IAsyncEnumerable<AuditEntry> ExportAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = Filter(db.AuditEntries.AsNoTracking(), query)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }

    public async Task<IReadOnlyList<string>> OperationNamesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.Select(e => e.Operation).Distinct().OrderBy(o => o).ToListAsync(cancellationToken);
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim().ToLower();
            entries = entries.Where(e => e.Actor.ToLower() == actor);
        }

        if (!string.IsNullOrWhiteSpace(query.Operation))
        {
            var operation = query.Operation.Trim();
            entries = entries.Where(e => e.Operation == operation);
        }

        if (query.Outcome is { } outcome)
        {
            entries = entries.Where(e => e.Outcome == outcome);
        }

        if (query.From?.ToUniversalTime() is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.To?.ToUniversalTime() is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLower();
            entries = entries.Where(e =>
                e.Target.ToLower().Contains(text)
                || (e.Parameters != null && e.Parameters.ToLower().Contains(text))
                || (e.Error != null && e.Error.ToLower().Contains(text))
                || (e.Note != null && e.Note.ToLower().Contains(text)));
        }

        return entries;
    }
}
