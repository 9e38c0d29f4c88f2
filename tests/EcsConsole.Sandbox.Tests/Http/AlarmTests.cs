using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

public sealed class AlarmTests : IAsyncLifetime
{
    private SandboxServer _server = null!;
    private SandboxHttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);
        _client = new SandboxHttpClient(_server.Url);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task DescribeAlarms_TaskDraining_UnhealthyHostsAlarmFires()
    {
        Assert.Equal("OK", await StateAsync("prod-news-unhealthy-hosts"));

        _server.Engine.Ecs.StopTask("prod", _server.Engine.Read(s => s.FindCluster("prod")!.Tasks.First(t => t.ServiceName == "news").Id));

        Assert.Equal("ALARM", await StateAsync("prod-news-unhealthy-hosts"));
    }

    [Fact]
    public async Task DescribeAlarms_Answer_IsJsonOnePointZero()
    {
        var (_, _, response) = await _client.JsonAsync("GraniteServiceVersion20100801.DescribeAlarms", [], "monitoring");

        Assert.Equal("application/x-amz-json-1.0", response.Content.Headers.ContentType!.MediaType);
    }

    private async Task<string> StateAsync(string alarm)
    {
        var (_, body, _) = await _client.JsonAsync("GraniteServiceVersion20100801.DescribeAlarms", new JsonObject { ["AlarmNames"] = new JsonArray(alarm) }, "monitoring");
        return body["MetricAlarms"]!.AsArray().Single()!["StateValue"]!.GetValue<string>();
    }
}
