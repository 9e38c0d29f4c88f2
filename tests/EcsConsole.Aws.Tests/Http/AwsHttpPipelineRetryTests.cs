using System.Net;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Http;

public sealed class AwsHttpPipelineRetryTests
{
    private const string Throttled = """{"__type":"ThrottlingException","message":"Rate exceeded"}""";

    [Fact]
    public async Task SendAsync_ThrottledTwiceThenOk_SucceedsOnThirdAttemptAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest, Throttled).Respond(HttpStatusCode.BadRequest, Throttled).RespondJson("{}");

        var response = await aws.RunAsync(() => SendAsync(aws));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, aws.Handler.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_AlwaysThrottled_StopsAfterThreeAttemptsWithAwsErrorAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest, Throttled, ("x-amzn-RequestId", "req-3"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.RunAsync(() => SendAsync(aws)));

        Assert.Equal(3, aws.Handler.Requests.Count);
        Assert.Equal("ThrottlingException", error.ErrorCode);
        Assert.Equal("Rate exceeded", error.AwsMessage);
        Assert.Equal("req-3", error.RequestId);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendAsync_ServerErrorThenOk_RetriesAsync(HttpStatusCode status)
    {
        using var aws = new TestAws();
        aws.Handler.Respond(status, "").RespondJson("{}");

        await aws.RunAsync(() => SendAsync(aws));

        Assert.Equal(2, aws.Handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "ClusterNotFoundException")]
    [InlineData(HttpStatusCode.BadRequest, "InvalidParameterException")]
    [InlineData(HttpStatusCode.Forbidden, "AccessDeniedException")]
    [InlineData(HttpStatusCode.NotFound, "ResourceNotFoundException")]
    public async Task SendAsync_ClientError_FailsWithoutRetryAsync(HttpStatusCode status, string code)
    {
        using var aws = new TestAws();
        aws.Handler.Respond(status, $$"""{"__type":"{{code}}","message":"no"}""").RespondJson("{}");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.RunAsync(() => SendAsync(aws)));

        Assert.Single(aws.Handler.Requests);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public async Task SendAsync_NetworkFailureEveryTime_ThrowsNetworkFailureAfterThreeAttemptsAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Throw(new HttpRequestException("Connection refused"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.RunAsync(() => SendAsync(aws)));

        Assert.Equal(3, aws.Handler.Requests.Count);
        Assert.True(error.IsNetworkFailure);
        Assert.Contains("Connection refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://ecs.eu-west-1.amazonaws.com/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_IoFailureThenOk_RetriesAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Throw(new IOException("reset")).RespondJson("{}");

        await aws.RunAsync(() => SendAsync(aws));

        Assert.Equal(2, aws.Handler.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_CancelledByCaller_ThrowsCancellationWithoutRetryAsync()
    {
        using var aws = new TestAws();
        using var cancellation = new CancellationTokenSource();
        aws.Handler.Throw(new HttpRequestException("should not be reached"));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SendAsync(aws, cancellation.Token));

        Assert.Empty(aws.Handler.Requests);
    }

    [Fact]
    public async Task SendAsync_EachRetry_IsSignedAgainWithTheClockTimeOfThatAttemptAsync()
    {
        // Jitter pinned near the top, so the retry happens (in fake time) a second later and the date differs.
        using var aws = new TestAws(new FixedRandom(0.999));
        aws.Handler.Respond(HttpStatusCode.ServiceUnavailable, "").RespondJson("{}");

        await aws.RunAsync(() => SendAsync(aws));

        var dates = aws.Handler.Requests.Select(r => r.Header("X-Amz-Date")).ToList();
        Assert.Equal("20261127T100000Z", dates[0]);
        Assert.NotEqual(dates[0], dates[1]);
        Assert.NotEqual(aws.Handler.Requests[0].Header("Authorization"), aws.Handler.Requests[1].Header("Authorization"));
    }

    [Fact]
    public async Task SendAsync_EveryAttempt_IsReportedToTheCallLogAsync()
    {
        using var aws = new TestAws();
        var seen = new List<AwsCallRecord>();
        aws.CallLog.AttemptCompleted += seen.Add;
        aws.Handler.Respond(HttpStatusCode.BadRequest, Throttled).RespondJson("{}");

        await aws.RunAsync(() => SendAsync(aws));

        Assert.Equal(2, aws.CallLog.CountFor("ECS", "ListClusters"));
        Assert.Equal([1, 2], seen.Select(r => r.Attempt));
        Assert.Equal("ThrottlingException", seen[0].ErrorCode);
        Assert.Equal(HttpStatusCode.OK, seen[1].StatusCode);
        Assert.Equal("req-ok", seen[1].RequestId);
    }

    [Fact]
    public async Task SendAsync_ThrottledTwice_WaitsTheJitteredBackoffBeforeEachRetryAsync()
    {
        using var aws = new TestAws(new FixedRandom(0.5));
        aws.Handler.Respond(HttpStatusCode.BadRequest, Throttled).Respond(HttpStatusCode.BadRequest, Throttled).RespondJson("{}");

        await aws.RunAsync(() => SendAsync(aws), step: TimeSpan.FromMilliseconds(10));

        var at = aws.Handler.Requests.Select(r => r.At!.Value).ToList();
        // Ceilings 1 s then 2 s, times the pinned jitter 0.5; one clock step of slack for the retry to start.
        Assert.InRange((at[1] - at[0]).TotalMilliseconds, 500, 510);
        Assert.InRange((at[2] - at[1]).TotalMilliseconds, 1000, 1010);
    }

    private static Task<AwsWireResponse> SendAsync(TestAws aws, CancellationToken cancellationToken = default) =>
        aws.Pipeline.SendAsync(AwsServices.Ecs, "ListClusters", AwsJsonProtocol.CreateRequest(AwsServices.Ecs, "ListClusters", null),
            AwsJsonProtocol.ParseError, cancellationToken);
}
