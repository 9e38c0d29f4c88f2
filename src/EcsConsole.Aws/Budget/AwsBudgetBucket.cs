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

    private readonly object gate = new();
    private readonly Queue<TaskCompletionSource<RateLimitLease>> interactive = new();
    private readonly Queue<TaskCompletionSource<RateLimitLease>> background = new();
    private readonly TimeProvider timeProvider;
    private readonly ITimer refill;
    private double tokens;
    private long refilledAt;
    private long lastIdle;
    private long granted;
    private long refused;

    public AwsBudgetBucket(AwsRateLimit limit, TimeProvider timeProvider)
    {
        Limit = limit;
        this.timeProvider = timeProvider;
        tokens = limit.Burst;
        refilledAt = timeProvider.GetTimestamp();
        lastIdle = refilledAt;

        // Queued callers are served on a tick: every 100 ms, or at each token when the rate is below 10 per second.
        var period = limit.Rate >= 10 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1 / limit.Rate);
        refill = timeProvider.CreateTimer(_ => Serve(), null, period, period);
    }

    public AwsRateLimit Limit { get; }

    public int Waiting
    {
        get
        {
            lock (gate)
            {
                return interactive.Count + background.Count;
            }
        }
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                return interactive.Count + background.Count == 0 ? timeProvider.GetElapsedTime(lastIdle) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (gate)
        {
            Refill();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = (long)Math.Floor(tokens),
                CurrentQueuedCount = interactive.Count + background.Count,
                TotalSuccessfulLeases = granted,
                TotalFailedLeases = refused,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        EnsureOne(permitCount);
        lock (gate)
        {
            return QueueAhead(AwsCallPriorityScope.Current) == 0 && TryTake() ? Grant() : Refuse();
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        EnsureOne(permitCount);
        var priority = AwsCallPriorityScope.Current;
        TaskCompletionSource<RateLimitLease> waiter;
        lock (gate)
        {
            if (QueueAhead(priority) == 0 && TryTake())
            {
                return ValueTask.FromResult(Grant());
            }

            waiter = new TaskCompletionSource<RateLimitLease>(TaskCreationOptions.RunContinuationsAsynchronously);
            (priority == AwsCallPriority.Interactive ? interactive : background).Enqueue(waiter);
        }

        return cancellationToken.CanBeCanceled ? new ValueTask<RateLimitLease>(WaitAsync(waiter, cancellationToken)) : new ValueTask<RateLimitLease>(waiter.Task);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            refill.Dispose();
            lock (gate)
            {
                foreach (var waiter in interactive.Concat(background))
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
        DropCancelled(interactive);
        DropCancelled(background);
        return priority == AwsCallPriority.Interactive ? interactive.Count : interactive.Count + background.Count;
    }

    private void Serve()
    {
        lock (gate)
        {
            if (ServeQueue(interactive))
            {
                ServeQueue(background);
            }

            if (interactive.Count + background.Count == 0)
            {
                lastIdle = timeProvider.GetTimestamp();
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
                tokens += 1;
                granted--;
            }
        }

        return true;
    }

    private bool TryTake()
    {
        Refill();

        // The tolerance absorbs floating-point dust, so rate × elapsed of exactly one token counts as one.
        if (tokens < 1 - 1e-9)
        {
            return false;
        }

        tokens = Math.Max(0, tokens - 1);
        return true;
    }

    private void Refill()
    {
        var now = timeProvider.GetTimestamp();
        var elapsed = timeProvider.GetElapsedTime(refilledAt, now);
        refilledAt = now;
        tokens = Math.Min(Limit.Burst, tokens + (Limit.Rate * elapsed.TotalSeconds));
    }

    private RateLimitLease Grant()
    {
        granted++;
        return Granted;
    }

    private RateLimitLease Refuse()
    {
        refused++;
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
