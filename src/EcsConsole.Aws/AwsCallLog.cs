using System.Collections.Concurrent;
using System.Net;

namespace EcsConsole.Aws;

/// <summary>One HTTP attempt against AWS (a retried call produces several). <see cref="StatusCode"/> is null when no response arrived.</summary>
public sealed record AwsCallRecord(
    string Service,
    string Operation,
    int Attempt,
    HttpStatusCode? StatusCode,
    string? ErrorCode,
    TimeSpan Duration,
    string? RequestId,
    DateTimeOffset StartedAt)
{
    /// <summary>How long the attempt waited for a token of the rate budget before it was sent.</summary>
    public TimeSpan BudgetWait { get; init; }
}

/// <summary>Sees every attempt; monitors and benchmarks count AWS traffic through it.</summary>
public interface IAwsCallObserver
{
    void OnAttempt(AwsCallRecord record);
}

/// <summary>
/// Singleton counter of AWS attempts, per service and operation. Thread-safe. <see cref="AttemptCompleted"/> is raised
/// on the calling thread after the counters are updated; handlers must be quick and must not throw.
/// </summary>
public sealed class AwsCallLog : IAwsCallObserver
{
    private readonly ConcurrentDictionary<(string Service, string Operation), long> _counts = new();
    private long _total;

    public event Action<AwsCallRecord>? AttemptCompleted;

    public long TotalAttempts => Interlocked.Read(ref _total);

    public long CountFor(string service, string operation) =>
        _counts.TryGetValue((service, operation), out var count) ? count : 0;

    /// <summary>Attempt counts keyed "Service Operation", e.g. "ECS DescribeServices".</summary>
    public IReadOnlyDictionary<string, long> Snapshot() =>
        _counts.ToDictionary(entry => $"{entry.Key.Service} {entry.Key.Operation}", entry => entry.Value, StringComparer.Ordinal);

    public void OnAttempt(AwsCallRecord record)
    {
        _counts.AddOrUpdate((record.Service, record.Operation), 1, (_, count) => count + 1);
        Interlocked.Increment(ref _total);
        AttemptCompleted?.Invoke(record);
    }
}
