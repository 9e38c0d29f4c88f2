using System.Collections.Concurrent;

namespace EcsConsole.Aws.Budget;

/// <summary>
/// The console's client-side share of AWS's request rates: one token bucket per account, region, service and throttle
/// category (<see cref="AwsThrottleCategories"/>), sized by <see cref="AwsRateBudgetOptions"/>. Every attempt the AWS
/// clients send takes a token first (<see cref="AcquireAsync"/>); when the bucket is empty the caller waits, interactive
/// callers ahead of background ones (<see cref="AwsCallPriorityScope"/>). Time spent waiting is counted.
/// Singleton; thread-safe; buckets are made on first use and live as long as the budget.
/// </summary>
public sealed class AwsRateBudget : IDisposable
{
    private readonly ConcurrentDictionary<AwsBudgetKey, AwsBudgetBucket> _buckets = new();
    private readonly Dictionary<string, AwsRateLimit> _limits;
    private readonly AwsRateBudgetOptions _options;
    private readonly TimeProvider _timeProvider;
    private long _waitedTicks;
    private long _waitedAttempts;

    public AwsRateBudget(AwsRateBudgetOptions options, TimeProvider timeProvider)
    {
        _options = options.Validated();
        _timeProvider = timeProvider;
        _limits = new Dictionary<string, AwsRateLimit>(options.Limits, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Raised after an attempt waited for a token, with how long; handlers must be quick and must not throw.</summary>
    public event Action<AwsBudgetKey, AwsCallPriority, TimeSpan>? Waited;

    /// <summary>False when the client-side limit is off: <see cref="AcquireAsync"/> never waits.</summary>
    public bool Enabled => _options.Enabled;

    /// <summary>All time attempts have spent waiting for tokens, over all buckets.</summary>
    public TimeSpan TotalWait => TimeSpan.FromTicks(Interlocked.Read(ref _waitedTicks));

    /// <summary>How many attempts had to wait for a token.</summary>
    public long WaitedAttempts => Interlocked.Read(ref _waitedAttempts);

    /// <summary>
    /// The rate and burst the console allows itself for <paramref name="category"/> (per account and region): the
    /// configured figures, else <see cref="AwsRateBudgetOptions.Share"/> of AWS's. Pollers size their intervals by it.
    /// Still the figure the configuration gives when the budget is disabled.
    /// </summary>
    public AwsRateLimit LimitFor(AwsThrottleCategory category)
    {
        if (_limits.TryGetValue(category.ToString(), out var configured))
        {
            return configured;
        }

        var documented = category.Documented;
        return new AwsRateLimit(documented.Rate * _options.Share, Math.Max(1, (int)Math.Floor(documented.Burst * _options.Share)));
    }

    /// <summary>The rate and burst for the bucket <paramref name="operation"/> draws from.</summary>
    public AwsRateLimit LimitFor(AwsServiceDescriptor service, string operation) =>
        LimitFor(AwsThrottleCategories.For(service, operation));

    /// <summary>The key of the bucket a call of <paramref name="operation"/> under <paramref name="settings"/> draws from.</summary>
    public static AwsBudgetKey KeyFor(AwsConnectionSettings settings, AwsServiceDescriptor service, string operation) =>
        new(AwsBudgetKey.AccountOf(settings), service.IsGlobal ? "global" : settings.Region, AwsThrottleCategories.For(service, operation));

    /// <summary>
    /// Takes one token for one attempt of <paramref name="operation"/>, waiting until one is free, at the priority of the
    /// current flow (<see cref="AwsCallPriorityScope.Current"/>). Returns how long it waited. Cancellation gives up the wait.
    /// </summary>
    public async ValueTask<TimeSpan> AcquireAsync(
        AwsConnectionSettings settings,
        AwsServiceDescriptor service,
        string operation,
        CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            return TimeSpan.Zero;
        }

        var key = KeyFor(settings, service, operation);
        var bucket = _buckets.GetOrAdd(key, static (key, budget) => new AwsBudgetBucket(budget.LimitFor(key.Category), budget._timeProvider), this);
        var priority = AwsCallPriorityScope.Current;
        var wait = bucket.AcquireAsync(1, cancellationToken);
        if (wait.IsCompletedSuccessfully)
        {
            wait.Result.Dispose();
            return TimeSpan.Zero;
        }

        var started = _timeProvider.GetTimestamp();
        using var lease = await wait.ConfigureAwait(false);
        var waited = _timeProvider.GetElapsedTime(started);
        Interlocked.Add(ref _waitedTicks, waited.Ticks);
        Interlocked.Increment(ref _waitedAttempts);
        Waited?.Invoke(key, priority, waited);
        return waited;
    }

    /// <summary>The buckets in use now: their key, figures, tokens left and callers waiting.</summary>
    public IReadOnlyList<AwsBudgetBucketState> Snapshot() =>
        _buckets.Select(entry => new AwsBudgetBucketState(entry.Key, entry.Value.Limit, entry.Value.GetStatistics()?.CurrentAvailablePermits ?? 0, entry.Value.Waiting)).ToList();

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }
}

/// <summary>One bucket at one moment: <see cref="Available"/> tokens left, <see cref="Waiting"/> callers queued.</summary>
public sealed record AwsBudgetBucketState(AwsBudgetKey Key, AwsRateLimit Limit, long Available, int Waiting);
