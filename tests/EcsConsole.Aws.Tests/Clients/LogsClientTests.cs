using System.Text.Json.Nodes;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Logs;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Clients;

public sealed class LogsClientTests
{
    [Fact]
    public async Task ReadLogEventsAsync_FromHead_FollowsForwardTokenUntilItComesBackUnchangedAsync()
    {
        using var aws = new TestAws();
        aws.Handler
            .RespondJson("""{"events":[{"timestamp":1764237600000,"message":"a","ingestionTime":1764237600123}],"nextForwardToken":"f/1","nextBackwardToken":"b/0"}""")
            .RespondJson("""{"events":[{"timestamp":1764237601000,"message":"b"}],"nextForwardToken":"f/2","nextBackwardToken":"b/1"}""")
            .RespondJson("""{"events":[],"nextForwardToken":"f/2","nextBackwardToken":"b/2"}""");

        var events = await Client(aws).ReadLogEventsAsync(Request(startFromHead: true)).ToListAsync();

        Assert.Equal(["a", "b"], events.Select(e => e.Message));
        Assert.Equal(1764237600000L, events[0].Timestamp);
        Assert.Equal(1764237600123L, events[0].IngestionTime);
        Assert.Equal([null, "f/1", "f/2"], aws.Handler.Requests.Select(r => JsonNode.Parse(r.Body)?["nextToken"]?.GetValue<string>()));
    }

    [Fact]
    public async Task ReadLogEventsAsync_FromTail_FollowsBackwardTokenAsync()
    {
        using var aws = new TestAws();
        aws.Handler
            .RespondJson("""{"events":[{"message":"newest"}],"nextForwardToken":"f/9","nextBackwardToken":"b/8"}""")
            .RespondJson("""{"events":[{"message":"older"}],"nextForwardToken":"f/8","nextBackwardToken":"b/8"}""");

        var events = await Client(aws).ReadLogEventsAsync(Request(startFromHead: false)).ToListAsync();

        Assert.Equal(["newest", "older"], events.Select(e => e.Message));
        Assert.Equal("b/8", JsonNode.Parse(aws.Handler.Requests[1].Body)?["nextToken"]?.GetValue<string>());
        Assert.Equal(2, aws.Handler.Requests.Count);
    }

    [Fact]
    public async Task ReadLogEventsAsync_StoppedEarly_DoesNotFetchFurtherPagesAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"events":[{"message":"x"},{"message":"y"}],"nextForwardToken":"f/1"}""");

        var first = await Client(aws).ReadLogEventsAsync(Request(startFromHead: true)).FirstAsync();

        Assert.Equal("x", first.Message);
        Assert.Single(aws.Handler.Requests);
    }

    [Theory]
    [InlineData(null, "f/1", false)]
    [InlineData("f/1", "f/2", false)]
    [InlineData("f/2", "f/2", true)]
    [InlineData("f/2", null, true)]
    [InlineData(null, "", true)]
    public void IsEndOfStream_SentAndReceivedTokens_EndsOnlyOnSameOrMissingToken(string? sent, string? received, bool end)
    {
        Assert.Equal(end, LogsClientExtensions.IsEndOfStream(sent, received));
    }

    [Fact]
    public async Task GetLogEventsAsync_Request_SendsEpochMillisecondsAndLogsTargetAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"events":[],"nextForwardToken":"f","nextBackwardToken":"b"}""");

        await Client(aws).GetLogEventsAsync(Request(startFromHead: true) with { StartTime = 1764237600000, Limit = 50 });

        var request = aws.Handler.Requests.Single();
        Assert.Equal("""{"logGroupName":"/ecs/users","logStreamName":"ecs/users/abc","startTime":1764237600000,"limit":50,"startFromHead":true}""", request.Body);
        Assert.Equal("Logs_20140328.GetLogEvents", request.Header("X-Amz-Target"));
        Assert.Equal("https://logs.eu-west-1.amazonaws.com/", request.Uri.ToString());
    }

    [Fact]
    public async Task FilterLogEventsAsync_TwoPages_YieldsEventsOfBothAsync()
    {
        using var aws = new TestAws();
        aws.Handler
            .RespondJson("""{"events":[{"logStreamName":"s1","message":"error 1","eventId":"e1"}],"nextToken":"n1"}""")
            .RespondJson("""{"events":[{"logStreamName":"s2","message":"error 2","eventId":"e2"}]}""");

        var events = await Client(aws).FilterLogEventsAsync(new FilterLogEventsRequest { LogGroupName = "/ecs/users", FilterPattern = "error" }).ToListAsync();

        Assert.Equal(["e1", "e2"], events.Select(e => e.EventId));
        Assert.Equal("n1", JsonNode.Parse(aws.Handler.Requests[1].Body)?["nextToken"]?.GetValue<string>());
    }

    [Fact]
    public async Task CreateLogGroupAsync_EmptyAnswer_CompletesAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("");

        await Client(aws).CreateLogGroupAsync(new CreateLogGroupRequest { LogGroupName = "/ecs/news" });

        Assert.Equal("""{"logGroupName":"/ecs/news"}""", aws.Handler.Requests.Single().Body);
    }

    [Fact]
    public async Task PutRetentionPolicyAsync_ZeroDays_ThrowsBeforeSendingAsync()
    {
        using var aws = new TestAws();

        await Assert.ThrowsAsync<ArgumentException>(() => Client(aws).PutRetentionPolicyAsync(new PutRetentionPolicyRequest { LogGroupName = "/ecs/news" }));

        Assert.Empty(aws.Handler.Requests);
    }

    private static GetLogEventsRequest Request(bool startFromHead) =>
        new() { LogGroupName = "/ecs/users", LogStreamName = "ecs/users/abc", StartFromHead = startFromHead };

    private static LogsClient Client(TestAws aws) => new(new AwsJsonClient(aws.Pipeline));
}
