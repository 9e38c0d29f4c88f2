using EcsConsole.Core.Audit;
using EcsConsole.Core.Rollouts;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Tests.Rollouts.Fallback;

/// <summary>Keeps every log line with its level, so a test can count warnings.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message)> Lines { get; } = [];

    public int Warnings => Lines.Count(l => l.Level == LogLevel.Warning);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Lines)
        {
            Lines.Add((logLevel, formatter(state, exception)));
        }
    }
}

/// <summary>The audit trail as the operation gate writes it: each entry with its final outcome and error.</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    public List<AuditEntry> Entries { get; } = [];

    public Task<AuditEntry> RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var entry = new AuditEntry { Id = Entries.Count + 1, Actor = record.Actor, Operation = record.Operation, Target = record.Target, Outcome = record.Outcome, Error = record.Error, Note = record.Note };
        Entries.Add(entry);
        return Task.FromResult(entry);
    }

    public Task CompleteAsync(long entryId, AuditOutcome outcome, string? error, IReadOnlyList<string> awsRequestIds, CancellationToken cancellationToken)
    {
        var index = Entries.FindIndex(e => e.Id == entryId);
        Entries[index] = new AuditEntry
        {
            Id = entryId, Actor = Entries[index].Actor, Operation = Entries[index].Operation, Target = Entries[index].Target, Note = Entries[index].Note,
            Outcome = outcome, Error = error, AwsRequestIds = [.. awsRequestIds],
        };
        return Task.CompletedTask;
    }

    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<AuditEntry> ExportAsync(AuditQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> OperationNamesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
}

/// <summary>The rollout journal in memory.</summary>
internal sealed class InMemoryJournal : IRolloutJournal
{
    public List<RolloutRecord> Records { get; } = [];

    public Task RecordAsync(RolloutRecord record, CancellationToken cancellationToken = default)
    {
        Records.RemoveAll(r => r.DeploymentArn == record.DeploymentArn);
        Records.Add(record);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, RolloutRecord>> GetAsync(string cluster, string service, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, RolloutRecord>>(
            Records.Where(r => r.Cluster == cluster && r.Service == service && r.StartedAt >= since).ToDictionary(r => r.DeploymentArn, StringComparer.Ordinal));
}
