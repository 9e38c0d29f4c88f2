using System.Net;

namespace EcsConsole.Aws.Http;

/// <summary>
/// The SDKs' "standard" retry mode: at most <see cref="MaxAttempts"/> attempts, exponential backoff with full jitter
/// (<c>random(0,1) * min(BaseDelay * 2^(retry-1), MaxBackoff)</c>); retries throttling and transient errors, 500/502/503/504
/// and network failures, never other 4xx; how many retries all calls together may make is held by <see cref="AwsRetryQuota"/>. The random source is injected so tests can pin the delay.
/// </summary>
public sealed class AwsRetryPolicy
{
    public static readonly IReadOnlySet<string> ThrottlingCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    };

    public static readonly IReadOnlySet<string> TransientCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "InternalServerError",
        "InternalServerException", "ServiceUnavailable", "ServiceUnavailableException", "ServerException", "IDPCommunicationError",
    };

    private static readonly HashSet<HttpStatusCode> TransientStatusCodes =
        [HttpStatusCode.InternalServerError, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout];

    private readonly Random _random;

    public AwsRetryPolicy()
        : this(Random.Shared)
    {
    }

    public AwsRetryPolicy(Random random)
    {
        _random = random;
    }

    public int MaxAttempts { get; init; } = 3;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long one attempt may take before it counts as a (retryable) timeout.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Throttling (by code, or HTTP 429 whatever the code), transient codes and 500/502/503/504.</summary>
    public static bool IsRetryable(HttpStatusCode statusCode, string? errorCode) =>
        TransientStatusCodes.Contains(statusCode) || statusCode == HttpStatusCode.TooManyRequests
        || (errorCode is not null && (ThrottlingCodes.Contains(errorCode) || TransientCodes.Contains(errorCode)));

    /// <summary>Delay before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    public TimeSpan DelayBeforeRetry(int retry)
    {
        var ceiling = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1), MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(_random.NextDouble() * ceiling);
    }
}
