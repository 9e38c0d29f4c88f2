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
