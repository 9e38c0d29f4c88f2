namespace EcsConsole.Aws.Http;

/// <summary>
/// The SDKs' standard-mode retry quota ("Retry behavior" in the AWS SDKs and Tools reference guide): a bucket of 500 retry
/// tokens; a retry costs 5 (10 after a timeout) and is not made when the bucket cannot pay; a call that succeeds gives back
/// what its retries cost, or 1 when it needed none, up to the 500. So when a service keeps failing, the console soon stops
/// multiplying its calls by the retry count, and resumes retrying as calls succeed again. Thread-safe.
/// </summary>
public sealed class AwsRetryQuota
{
    public const int Capacity = 500;
    public const int RetryCost = 5;
    public const int TimeoutRetryCost = 10;
    public const int NoRetryIncrement = 1;

    private readonly object _gate = new();
    private int _available = Capacity;

    public int Available
    {
        get
        {
            lock (_gate)
            {
                return _available;
            }
        }
    }

    /// <summary>Takes the cost of one retry; false (nothing taken) when the quota cannot pay it, and the call must fail.</summary>
    public bool TryAcquireRetry(bool afterTimeout, out int cost)
    {
        cost = afterTimeout ? TimeoutRetryCost : RetryCost;
        lock (_gate)
        {
            if (_available < cost)
            {
                cost = 0;
                return false;
            }

            _available -= cost;
            return true;
        }
    }

    /// <summary>A call succeeded: gives back what its retries cost, or <see cref="NoRetryIncrement"/> when it made none.</summary>
    public void OnSuccess(int retryCostPaid)
    {
        lock (_gate)
        {
            _available = Math.Min(Capacity, _available + (retryCostPaid > 0 ? retryCostPaid : NoRetryIncrement));
        }
    }
}
