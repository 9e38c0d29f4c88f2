using System.Net;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Faults;
using EcsConsole.Sandbox.Tests.Conformance;
using EcsConsole.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Faults;

// The AWS-like throttle mode: token buckets per account, region, service and category, answered as AWS answers.
public sealed class ThrottleModeTests : IAsyncLifetime
{
    // A tenth of AWS's figures: ECS reads burst 5 and refill 2 per second, so a quick run of calls empties a bucket.
    private readonly SandboxOptions _options = SandboxTestContext.Options(seed: false) with { Throttle = new SandboxThrottleOptions { Enabled = true, Scale = 0.1 } };
    private SandboxServer _sandbox = null!;
    private SandboxWire _wire = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(_options, new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);
        _wire = new SandboxWire(_sandbox.Url, _options.Region, _options.AccessKeyId, _options.SecretAccessKey);
    }

    public async Task DisposeAsync()
    {
        _wire.Dispose();
        await _sandbox.DisposeAsync();
    }

    [RequiresAwsModelsFact]
    public async Task JsonCalls_PastTheBurst_AnswerModelValidThrottlingExceptionAsync()
    {
        var model = ServiceModel.Load("ecs");

        var replies = new List<WireReply>();
        for (var i = 0; i < 12; i++)
        {
            replies.Add(await _wire.SendJsonAsync(model, "ListClusters", []));
        }

        Assert.All(replies.Take(5), reply => Assert.Equal(HttpStatusCode.OK, reply.Status));
        var throttled = replies.Where(reply => reply.Status != HttpStatusCode.OK).ToList();
        Assert.NotEmpty(throttled);
        Assert.All(throttled, reply =>
        {
            Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
            Assert.Equal("ThrottlingException", ServiceModel.ErrorCodeFromType(reply.Json?["__type"]?.GetValue<string>() ?? ""));
            Assert.Equal("Rate exceeded", reply.Json?["message"]?.GetValue<string>());
            Assert.Empty(model.ValidateJsonError("ListClusters", reply.Json));
        });
        Assert.Equal(throttled.Count, _sandbox.Throttle.Throttled);
    }

    [RequiresAwsModelsFact]
    public async Task JsonCalls_ClusterReadsExhausted_ServiceReadsStillAnsweredAsync()
    {
        var model = ServiceModel.Load("ecs");
        for (var i = 0; i < 12; i++)
        {
            await _wire.SendJsonAsync(model, "DescribeClusters", new JsonObject { ["clusters"] = new JsonArray("default") });
        }

        var reply = await _wire.SendJsonAsync(model, "ListServices", new JsonObject { ["cluster"] = "default" });

        Assert.NotEqual("ThrottlingException", ServiceModel.ErrorCodeFromType(reply.Json?["__type"]?.GetValue<string>() ?? ""));
    }

    [RequiresAwsModelsFact]
    public async Task QueryCalls_PastTheBurst_AnswerThrottlingXmlAsync()
    {
        var model = ServiceModel.Load("sts");
        var form = new Dictionary<string, string> { ["Action"] = "GetCallerIdentity", ["Version"] = model.Metadata.ApiVersion };

        var replies = new List<WireReply>();
        for (var i = 0; i < 12; i++)
        {
            replies.Add(await _wire.SendQueryAsync(model, form));
        }

        var throttled = replies.Where(reply => reply.Status != HttpStatusCode.OK).ToList();
        Assert.NotEmpty(throttled);
        Assert.All(throttled, reply =>
        {
            Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
            Assert.Equal("Throttling", reply.Xml.Descendants("Code").Single().Value);
            Assert.Empty(model.ValidateQueryErrorXml("GetCallerIdentity", reply.Xml));
        });
    }

    [Fact]
    public void Take_AfterTheBucketRefills_TakesAgain()
    {
        var clock = new FakeTimeProvider(SandboxTestContext.Start);
        var throttle = new SandboxThrottle(new SandboxThrottleOptions { Enabled = true, Scale = 0.1 }, clock);
        for (var i = 0; i < 5; i++)
        {
            throttle.Take("000000000000", "eu-west-1", "ecs", "ListClusters", isJson: true);
        }

        var refused = Assert.Throws<SandboxApiException>(() => throttle.Take("000000000000", "eu-west-1", "ecs", "ListClusters", isJson: true));
        throttle.Take("000000000000", "us-east-1", "ecs", "ListClusters", isJson: true);
        clock.Advance(TimeSpan.FromSeconds(0.5));
        throttle.Take("000000000000", "eu-west-1", "ecs", "ListClusters", isJson: true);

        Assert.Equal("ThrottlingException", refused.Code);
        Assert.Equal(1, throttle.Throttled);
    }

    [Fact]
    public void BucketOf_EcsReads_AreAwsDocumentedClusterReadFigures()
    {
        Assert.Equal(("ClusterRead", 20d, 50), SandboxThrottle.BucketOf("ecs", "DescribeClusters"));
        Assert.Equal(("ServiceRead", 20d, 50), SandboxThrottle.BucketOf("ecs", "DescribeServices"));
        Assert.Equal(("GetLogEvents", 25d, 25), SandboxThrottle.BucketOf("logs", "GetLogEvents"));
    }

    [Fact]
    public void Options_ScaleZero_SaysWhatToFix()
    {
        var error = Assert.Throws<ArgumentException>(() => new SandboxThrottle(new SandboxThrottleOptions { Enabled = true, Scale = 0 }, TimeProvider.System));

        Assert.Contains("Sandbox:Throttle:Scale", error.Message);
    }
}
