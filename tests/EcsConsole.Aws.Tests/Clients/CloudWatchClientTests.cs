using System.Net;
using EcsConsole.Aws.CloudWatch;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Clients;

public sealed class CloudWatchClientTests
{
    [Fact]
    public async Task DescribeAlarmsAsync_Request_UsesJson10WithQueryModeHeaderAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"MetricAlarms":[{"AlarmName":"users-5xx","StateValue":"ALARM","StateUpdatedTimestamp":1764237600.5,"Threshold":5.0,"Dimensions":[{"Name":"ServiceName","Value":"users"}]}]}""");

        var result = await new CloudWatchClient(new AwsJsonClient(aws.Pipeline)).DescribeAlarmsAsync(new DescribeAlarmsRequest { AlarmNames = ["users-5xx"] });

        var alarm = result.MetricAlarms!.Single();
        Assert.Equal("ALARM", alarm.StateValue);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764237600500), alarm.StateUpdatedTimestamp);
        Assert.Equal("users", alarm.Dimensions!.Single().Value);
        var request = aws.Handler.Requests.Single();
        Assert.Equal("GraniteServiceVersion20100801.DescribeAlarms", request.Header("X-Amz-Target"));
        Assert.Equal("application/x-amz-json-1.0", request.Header("Content-Type"));
        Assert.Equal("true", request.Header("x-amzn-query-mode"));
        Assert.Equal("https://monitoring.eu-west-1.amazonaws.com/", request.Uri.ToString());
        Assert.Equal("""{"AlarmNames":["users-5xx"]}""", request.Body);
    }

    [Fact]
    public async Task DescribeAlarmsAsync_QueryErrorHeader_ReportsTheQueryCodeAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest, """{"__type":"com.amazonaws.cloudwatch#InvalidNextToken","message":"The next token specified is invalid."}""",
            ("x-amzn-query-error", "InvalidNextToken;Sender"), ("x-amzn-RequestId", "cw-1"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
            new CloudWatchClient(new AwsJsonClient(aws.Pipeline)).DescribeAlarmsAsync(new DescribeAlarmsRequest { NextToken = "stale" }));

        Assert.Equal("InvalidNextToken", error.ErrorCode);
        Assert.Equal("cw-1", error.RequestId);
    }

    [Fact]
    public async Task DescribeAlarmsAsync_MoreThanHundredNames_ThrowsBeforeSendingAsync()
    {
        using var aws = new TestAws();
        var names = Enumerable.Range(0, 101).Select(i => $"alarm-{i}").ToList();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            new CloudWatchClient(new AwsJsonClient(aws.Pipeline)).DescribeAlarmsAsync(new DescribeAlarmsRequest { AlarmNames = names }));

        Assert.Empty(aws.Handler.Requests);
    }
}

public sealed class CloudWatchMetricDataTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static MetricDataQuery CpuQuery(string id) => new()
    {
        Id = id,
        MetricStat = new MetricStat
        {
            Metric = new Metric { Namespace = "AWS/ECS", MetricName = "CPUUtilization", Dimensions = [new Dimension { Name = "ClusterName", Value = "prod" }, new Dimension { Name = "ServiceName", Value = "users" }] },
            Period = 60,
            Stat = "Average",
        },
    };

    [Fact]
    public async Task GetMetricDataAsync_Request_SendsEpochTimesAndReadsPairedPointsAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"MetricDataResults":[{"Id":"cpu","Label":"CPUUtilization","Timestamps":[1796637660,1796637600],"Values":[41.5,40],"StatusCode":"Complete"}],"Messages":[]}""");

        var result = await new CloudWatchClient(new AwsJsonClient(aws.Pipeline)).GetMetricDataAsync(new GetMetricDataRequest
        {
            MetricDataQueries = [CpuQuery("cpu")],
            StartTime = Start,
            EndTime = Start.AddHours(1),
            ScanBy = "TimestampAscending",
        });

        var series = result.MetricDataResults!.Single();
        Assert.Equal("cpu", series.Id);
        Assert.Equal([41.5, 40], series.Values);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1796637660), series.Timestamps![0]);
        var request = aws.Handler.Requests.Single();
        Assert.Equal("GraniteServiceVersion20100801.GetMetricData", request.Header("X-Amz-Target"));
        Assert.Contains("\"StartTime\":1796637600", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"EndTime\":1796641200", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"Stat\":\"Average\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMetricDataAsync_MoreThan500Queries_ThrowsBeforeSendingAsync()
    {
        using var aws = new TestAws();
        var queries = Enumerable.Range(0, 501).Select(i => CpuQuery($"q{i}")).ToList();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new CloudWatchClient(new AwsJsonClient(aws.Pipeline))
            .GetMetricDataAsync(new GetMetricDataRequest { MetricDataQueries = queries, StartTime = Start, EndTime = Start.AddHours(1) }));

        Assert.Contains("501", error.Message, StringComparison.Ordinal);
        Assert.Empty(aws.Handler.Requests);
    }
}
