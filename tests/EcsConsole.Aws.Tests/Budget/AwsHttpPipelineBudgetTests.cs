using System.Net;
using EcsConsole.Aws.Budget;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Budget;

public sealed class AwsHttpPipelineBudgetTests
{
    [Fact]
    public async Task SendAsync_BucketSpent_WaitsForATokenBeforeSendingAndRecordsTheWaitAsync()
    {
        using var aws = new TestAws();
        using var budget = new AwsRateBudget(
            new AwsRateBudgetOptions { Limits = new Dictionary<string, AwsRateLimit> { ["ECS:ClusterRead"] = new(1, 1) } }, aws.Clock);
        var pipeline = Pipeline(aws, budget);
        var waits = new List<TimeSpan>();
        aws.CallLog.AttemptCompleted += record => waits.Add(record.BudgetWait);
        aws.Handler.RespondJson("{}");

        await SendAsync(pipeline);
        var second = SendAsync(pipeline);
        await Task.Yield();
        Assert.Single(aws.Handler.Requests);
        aws.Clock.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, aws.Handler.Requests.Count);
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1)], waits);
    }

    [Fact]
    public async Task SendAsync_Retried_TakesATokenPerAttemptAsync()
    {
        using var aws = new TestAws();
        using var budget = new AwsRateBudget(
            new AwsRateBudgetOptions { Limits = new Dictionary<string, AwsRateLimit> { ["ECS:ClusterRead"] = new(0.001, 3) } }, aws.Clock);
        aws.Handler.Respond(HttpStatusCode.ServiceUnavailable, "").RespondJson("{}");

        await aws.RunAsync(() => SendAsync(Pipeline(aws, budget)));

        var bucket = Assert.Single(budget.Snapshot());
        Assert.Equal("ECS:ClusterRead", bucket.Key.Category.ToString());
        Assert.Equal(1, bucket.Available);
        Assert.Equal(2, aws.Handler.Requests.Count);
    }

    private static AwsHttpPipeline Pipeline(TestAws aws, AwsRateBudget budget) =>
        new(aws.Connection, aws.Credentials, new Aws.Endpoints.AwsEndpointResolver(_ => null), aws.Handler, aws.Clock, aws.RetryPolicy, aws.CallLog,
            null, budget);

    private static Task<AwsWireResponse> SendAsync(AwsHttpPipeline pipeline) =>
        pipeline.SendAsync(AwsServices.Ecs, "ListClusters", AwsJsonProtocol.CreateRequest(AwsServices.Ecs, "ListClusters", null),
            AwsJsonProtocol.ParseError, CancellationToken.None);
}
