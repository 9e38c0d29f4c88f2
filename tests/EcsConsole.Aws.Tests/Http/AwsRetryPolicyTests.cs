using System.Net;
using EcsConsole.Aws.Http;

namespace EcsConsole.Aws.Tests.Http;

public sealed class AwsRetryPolicyTests
{
    [Theory]
    [InlineData(1, 1000)]
    [InlineData(2, 2000)]
    [InlineData(3, 4000)]
    [InlineData(10, 20000)]
    public void DelayBeforeRetry_ManySamples_StayWithinExponentialCeiling(int retry, int ceilingMilliseconds)
    {
        var policy = new AwsRetryPolicy(new Random(42));

        var delays = Enumerable.Range(0, 500).Select(_ => policy.DelayBeforeRetry(retry)).ToList();

        Assert.All(delays, d => Assert.InRange(d.TotalMilliseconds, 0, ceilingMilliseconds));
        // Full jitter spreads delays over the whole range rather than clustering at the ceiling.
        Assert.True(delays.Min().TotalMilliseconds < ceilingMilliseconds * 0.2);
        Assert.True(delays.Max().TotalMilliseconds > ceilingMilliseconds * 0.8);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "ThrottlingException", true)]
    [InlineData(HttpStatusCode.BadRequest, "Throttling", true)]
    [InlineData(HttpStatusCode.BadRequest, "RequestLimitExceeded", true)]
    [InlineData(HttpStatusCode.TooManyRequests, "TooManyRequestsException", true)]
    [InlineData(HttpStatusCode.BadRequest, "RequestTimeout", true)]
    [InlineData(HttpStatusCode.InternalServerError, "InternalError", true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, null, true)]
    [InlineData(HttpStatusCode.BadRequest, "ValidationException", false)]
    [InlineData(HttpStatusCode.Forbidden, "AccessDenied", false)]
    [InlineData(HttpStatusCode.NotFound, null, false)]
    public void IsRetryable_StatusAndCode_MatchesStandardMode(HttpStatusCode status, string? code, bool expected)
    {
        Assert.Equal(expected, AwsRetryPolicy.IsRetryable(status, code));
    }
}
