using EcsConsole.Aws;
using EcsConsole.Aws.Http;

namespace EcsConsole.Core.Fleet;

/// <summary>
/// Counts AWS attempts that met throttling, a server fault or no answer at all (the ones the retry policy retries).
/// A poll that saw any of them, whether it then failed or succeeded on a retry, ran against a degraded AWS.
/// </summary>
public sealed class AwsDegradationCounter
{
    private long _count;

    public AwsDegradationCounter(AwsCallLog? callLog)
    {
        if (callLog is not null)
        {
            callLog.AttemptCompleted += OnAttempt;
        }
    }

    public long Count => Interlocked.Read(ref _count);

    private void OnAttempt(AwsCallRecord record)
    {
        if (record.StatusCode is null || AwsRetryPolicy.IsRetryable(record.StatusCode.Value, record.ErrorCode))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
