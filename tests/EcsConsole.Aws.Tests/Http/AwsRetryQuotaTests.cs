using System.Net;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Http;

public sealed class AwsRetryQuotaTests
{
    private const string Throttled = """{"__type":"ThrottlingException","message":"Rate exceeded"}""";

    [Fact]
    public void TryAcquireRetry_FullQuota_Pays100RetriesThenRefuses()
    {
        var quota = new AwsRetryQuota();

        var paid = Enumerable.Range(0, 101).Count(_ => quota.TryAcquireRetry(afterTimeout: false, out _));

        Assert.Equal(100, paid);
        Assert.Equal(0, quota.Available);
    }

    [Fact]
    public void TryAcquireRetry_AfterTimeout_CostsTen()
    {
        var quota = new AwsRetryQuota();

        Assert.True(quota.TryAcquireRetry(afterTimeout: true, out var cost));

        Assert.Equal(10, cost);
        Assert.Equal(490, quota.Available);
    }

    [Fact]
    public void OnSuccess_GivesBackTheRetriesCostOrOneUpToCapacity()
    {
        var quota = new AwsRetryQuota();
        quota.TryAcquireRetry(false, out _);
        quota.TryAcquireRetry(false, out _);

        quota.OnSuccess(5);
        Assert.Equal(495, quota.Available);
        quota.OnSuccess(0);
        Assert.Equal(496, quota.Available);
        quota.OnSuccess(100);
        Assert.Equal(500, quota.Available);
    }

    [Fact]
    public async Task SendAsync_QuotaSpent_FailsOnTheFirstThrottleWithoutRetryingAsync()
    {
        using var aws = new TestAws();
        var quota = aws.Pipeline.RetryQuotaFor(aws.Connection.Current, AwsServices.Ecs);
        while (quota.TryAcquireRetry(false, out _))
        {
        }

        aws.Handler.Respond(HttpStatusCode.BadRequest, Throttled);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.RunAsync(() => SendAsync(aws)));

        Assert.Equal("ThrottlingException", error.ErrorCode);
        Assert.Single(aws.Handler.Requests);
    }

    [Fact]
    public async Task SendAsync_ThrottledThenOk_RetriesAndGivesTheCostBackAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest, Throttled).RespondJson("{}");

        await aws.RunAsync(() => SendAsync(aws));

        Assert.Equal(2, aws.Handler.Requests.Count);
        Assert.Equal(AwsRetryQuota.Capacity, aws.Pipeline.RetryQuotaFor(aws.Connection.Current, AwsServices.Ecs).Available);
    }

    [Fact]
    public async Task SendAsync_Http429WithAnUnknownCode_IsRetriedAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.TooManyRequests, """{"__type":"SlowDownPlease","message":"Rate exceeded"}""").RespondJson("{}");

        await aws.RunAsync(() => SendAsync(aws));

        Assert.Equal(2, aws.Handler.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_QueryThrottling_IsRetriedAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest,
            "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>r1</RequestId></ErrorResponse>",
            ("Content-Type", "text/xml"))
            .Respond(HttpStatusCode.OK, "<DescribeLoadBalancersResponse><DescribeLoadBalancersResult><LoadBalancers/></DescribeLoadBalancersResult></DescribeLoadBalancersResponse>");

        await aws.RunAsync(() => aws.Pipeline.SendAsync(AwsServices.ElasticLoadBalancingV2, "DescribeLoadBalancers",
            Query.AwsQueryProtocol.CreateRequest([new("Action", "DescribeLoadBalancers"), new("Version", "2015-12-01")]),
            Query.AwsQueryProtocol.ParseError, CancellationToken.None));

        Assert.Equal(2, aws.Handler.Requests.Count);
    }

    private static Task<AwsWireResponse> SendAsync(TestAws aws) =>
        aws.Pipeline.SendAsync(AwsServices.Ecs, "ListClusters", AwsJsonProtocol.CreateRequest(AwsServices.Ecs, "ListClusters", null),
            AwsJsonProtocol.ParseError, CancellationToken.None);
}
