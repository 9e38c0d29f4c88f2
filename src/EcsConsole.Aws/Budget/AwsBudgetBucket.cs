using System.Threading.RateLimiting;

namespace EcsConsole.Aws.Budget;

/// <summary>
/// One key's token bucket, as a <see cref="RateLimiter"/>: holds up to the limit's burst, refills at its rate on the
/// injected clock, and queues callers when empty in two lines, serving every interactive waiter before any background
/// one (the ambient <see cref="AwsCallPriorityScope"/>). A caller takes a token straight away only when nobody of its
/// priority or higher is queued, so nobody jumps their own line.
/// The BCL's <see cref="TokenBucketRateLimiter"/> is not used underneath because its refill reads the real stopwatch even
/// when replenished by hand (System.Threading.RateLimiting 11.0.0), so it cannot run on a fake clock, and it has one FIFO
/// queue where the budget needs two.
/// </summary>
internal sealed class AwsBudgetBucket : RateLimiter
{
    private static readonly RateLimitLease Granted = new BudgetLease(true);
    private static readonly RateLimitLease Refused = new BudgetLease(false);

    private readonly object _gate = new();
    private readonly Queue<TaskCompletionSource<RateLimitLease>> _interactive = new();
    private readonly Queue<TaskCompletionSource<RateLimitLease>> _background = new();
    private readonly TimeProvider _timeProvider;
    private readonly ITimer _refill;
    private double _tokens;
    private long _refilledAt;
    private long _lastIdle;
    private long _granted;
    private long _refused;

    public AwsBudgetBucket(AwsRateLimit limit, TimeProvider timeProvider)
    {
        Limit = limit;
        _timeProvider = timeProvider;
        _tokens = limit.Burst;
        _refilledAt = timeProvider.GetTimestamp();
        _lastIdle = _refilledAt;

        // Queued callers are served on a tick: every 100 ms, or at each token when the rate is below 10 per second.
        var period = limit.Rate >= 10 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1 / limit.Rate);
        _refill = timeProvider.CreateTimer(_ => Serve(), null, period, period);
    }

    public AwsRateLimit Limit { get; }

    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _interactive.Count + _background.Count;
            }
        }
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                return _interactive.Count + _background.Count == 0 ? _timeProvider.GetElapsedTime(_lastIdle) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Refill();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = (long)Math.Floor(_tokens),
                CurrentQueuedCount = _interactive.Count + _background.Count,
                TotalSuccessfulLeases = _granted,
                TotalFailedLeases = _refused,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        EnsureOne(permitCount);
        lock (_gate)
        {
            return QueueAhead(AwsCallPriorityScope.Current) == 0 && TryTake() ? Grant() : Refuse();
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        EnsureOne(permitCount);
        var priority = AwsCallPriorityScope.Current;
        TaskCompletionSource<RateLimitLease> waiter;
        lock (_gate)
        {
            if (QueueAhead(priority) == 0 && TryTake())
            {
                return ValueTask.FromResult(Grant());
            }

            waiter = new TaskCompletionSource<RateLimitLease>(TaskCreationOptions.RunContinuationsAsynchronously);
            (priority == AwsCallPriority.Interactive ? _interactive : _background).Enqueue(waiter);
        }

        return cancellationToken.CanBeCanceled ? new ValueTask<RateLimitLease>(WaitAsync(waiter, cancellationToken)) : new ValueTask<RateLimitLease>(waiter.Task);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _refill.Dispose();
            lock (_gate)
            {
                foreach (var waiter in _interactive.Concat(_background))
                {
                    waiter.TrySetException(new ObjectDisposedException(nameof(AwsRateBudget)));
                }
            }
        }

        base.Dispose(disposing);
    }

    private static void EnsureOne(int permitCount)
    {
        if (permitCount != 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, "An AWS attempt takes exactly one token.");
        }
    }

    private static async Task<RateLimitLease> WaitAsync(TaskCompletionSource<RateLimitLease> waiter, CancellationToken cancellationToken)
    {
        // A cancelled waiter stays queued until the next tick or caller drops it; it never takes a token.
        await using var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)).ConfigureAwait(false);
        return await waiter.Task.ConfigureAwait(false);
    }

    private int QueueAhead(AwsCallPriority priority)
    {
        DropCancelled(_interactive);
        DropCancelled(_background);
        return priority == AwsCallPriority.Interactive ? _interactive.Count : _interactive.Count + _background.Count;
    }

    private void Serve()
    {
        lock (_gate)
        {
            if (ServeQueue(_interactive))
            {
                ServeQueue(_background);
            }

            if (_interactive.Count + _background.Count == 0)
            {
                _lastIdle = _timeProvider.GetTimestamp();
            }
        }
    }

    // Hands tokens to the queue's waiters in order; true when the queue emptied (tokens may be left for the next queue).
    private bool ServeQueue(Queue<TaskCompletionSource<RateLimitLease>> queue)
    {
        while (queue.TryPeek(out var waiter))
        {
            if (waiter.Task.IsCompleted)
            {
                queue.Dequeue();
                continue;
            }

            if (!TryTake())
            {
                return false;
            }

            queue.Dequeue();
            if (!waiter.TrySetResult(Grant()))
            {
                // Cancelled since the check above: the token goes back for the next waiter.
                _tokens += 1;
                _granted--;
            }
        }

        return true;
    }

    private bool TryTake()
    {
        Refill();

        // The tolerance absorbs floating-point dust, so rate × elapsed of exactly one token counts as one.
        if (_tokens < 1 - 1e-9)
        {
            return false;
        }

        _tokens = Math.Max(0, _tokens - 1);
        return true;
    }

    private void Refill()
    {
        var now = _timeProvider.GetTimestamp();
        var elapsed = _timeProvider.GetElapsedTime(_refilledAt, now);
        _refilledAt = now;
        _tokens = Math.Min(Limit.Burst, _tokens + (Limit.Rate * elapsed.TotalSeconds));
    }

    private RateLimitLease Grant()
    {
        _granted++;
        return Granted;
    }

    private RateLimitLease Refuse()
    {
        _refused++;
        return Refused;
    }

    private static void DropCancelled(Queue<TaskCompletionSource<RateLimitLease>> queue)
    {
        while (queue.TryPeek(out var waiter) && waiter.Task.IsCompleted)
        {
            queue.Dequeue();
        }
    }

    private sealed class BudgetLease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
