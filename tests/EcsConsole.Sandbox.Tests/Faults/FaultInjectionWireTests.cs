using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Tests.Conformance;
using EcsConsole.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Faults;

// Injected faults must look exactly like AWS's: clients (ours and the SDKs) decide on retries from the code and status.
public sealed class FaultInjectionWireTests : IAsyncLifetime
{
    private readonly SandboxOptions _options = SandboxTestContext.Options(seed: false);
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

    [RequiresAwsModelsTheory]
    [InlineData("ecs", "ListClusters")]
    [InlineData("ecr", "DescribeRepositories")]
    [InlineData("logs", "DescribeLogGroups")]
    public async Task JsonCall_AllThrottled_AnswersModelValidThrottlingExceptionAsync(string service, string operation)
    {
        var model = ServiceModel.Load(service);
        _sandbox.Faults = new SandboxFaults { ThrottleShare = 1 };

        var reply = await _wire.SendJsonAsync(model, operation, []);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("ThrottlingException", ServiceModel.ErrorCodeFromType(reply.Json?["__type"]?.GetValue<string>() ?? ""));
        Assert.Empty(model.ValidateJsonError(operation, reply.Json));
    }

    [RequiresAwsModelsTheory]
    [InlineData("ecs", "ListClusters", "ServerException")]
    [InlineData("ecr", "DescribeRepositories", "ServerException")]
    [InlineData("logs", "DescribeLogGroups", "InternalFailure")]
    public async Task JsonCall_AllServerErrors_AnswersModelValid500Async(string service, string operation, string code)
    {
        var model = ServiceModel.Load(service);
        _sandbox.Faults = new SandboxFaults { ServerErrorShare = 1 };

        var reply = await _wire.SendJsonAsync(model, operation, []);

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Equal(code, ServiceModel.ErrorCodeFromType(reply.Json?["__type"]?.GetValue<string>() ?? ""));
        Assert.Empty(model.ValidateJsonError(operation, reply.Json));
    }

    [RequiresAwsModelsFact]
    public async Task QueryCall_AllThrottled_AnswersThrottlingXmlAsync()
    {
        var model = ServiceModel.Load("sts");
        _sandbox.Faults = new SandboxFaults { ThrottleShare = 1 };

        var reply = await _wire.SendQueryAsync(model, new Dictionary<string, string> { ["Action"] = "GetCallerIdentity", ["Version"] = model.Metadata.ApiVersion });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("Throttling", reply.Xml.Descendants("Code").Single().Value);
        Assert.Empty(model.ValidateQueryErrorXml("GetCallerIdentity", reply.Xml));
    }

    [RequiresAwsModelsFact]
    public async Task Call_EndpointDownThenUp_FailsThenRecoversAsync()
    {
        var model = ServiceModel.Load("ecs");
        _sandbox.Faults = new SandboxFaults { Down = true };

        await Assert.ThrowsAsync<HttpRequestException>(() => _wire.SendJsonAsync(model, "ListClusters", []));
        _sandbox.Faults = new SandboxFaults();
        var reply = await _wire.SendJsonAsync(model, "ListClusters", []);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [RequiresAwsModelsFact]
    public async Task Call_AnswerOfCreateClusterLost_DropsTheAnswerButTheClusterExistsAsync()
    {
        var model = ServiceModel.Load("ecs");
        _sandbox.Faults = new SandboxFaults { LoseAnswerOf = ["CreateCluster"] };

        await Assert.ThrowsAsync<HttpRequestException>(() => _wire.SendJsonAsync(model, "CreateCluster", new JsonObject { ["clusterName"] = "lost" }));
        var reply = await _wire.SendJsonAsync(model, "DescribeClusters", new JsonObject { ["clusters"] = new JsonArray("lost") });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("ACTIVE", reply.Json!["clusters"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public void LosesAnswer_ShareOne_LosesEveryAnswerAndShareZeroNone()
    {
        Assert.True(new EcsConsole.Sandbox.Faults.FaultInjector(new SandboxFaults { AnswerLostShare = 1 }, 1).LosesAnswer("ListClusters"));
        Assert.False(new EcsConsole.Sandbox.Faults.FaultInjector(new SandboxFaults(), 1).LosesAnswer("ListClusters"));
        Assert.False(new SandboxFaults { LoseAnswerOf = ["RegisterTaskDefinition"] }.None);
    }

    [Fact]
    public async Task Call_AllTimingOut_ClientGivesUpAsync()
    {
        _sandbox.Faults = new SandboxFaults { TimeoutShare = 1 };
        using var http = new HttpClient { BaseAddress = _sandbox.Url, Timeout = TimeSpan.FromMilliseconds(300) };

        await Assert.ThrowsAsync<TaskCanceledException>(() => http.PostAsync("/", new StringContent("{}")));
    }

    [RequiresAwsModelsFact]
    public async Task Call_WithLatency_AnswersNoSoonerAsync()
    {
        var model = ServiceModel.Load("ecs");
        _sandbox.Faults = new SandboxFaults { LatencyMs = 150 };
        var watch = Stopwatch.StartNew();

        var reply = await _wire.SendJsonAsync(model, "ListClusters", new JsonObject());

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.True(watch.ElapsedMilliseconds >= 140, $"answered after {watch.ElapsedMilliseconds} ms");
    }
}
