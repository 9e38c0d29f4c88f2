using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

public sealed class ServiceDiscoveryTests : IAsyncLifetime
{
    private const string Prefix = "Route53AutoNaming_v20170314";
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
    public async Task ListInstances_EcsServiceRegistry_OneInstancePerRunningTask()
    {
        var (_, ecs, _) = await _client.EcsAsync("DescribeServices", new JsonObject { ["cluster"] = "prod", ["services"] = new JsonArray("market") });
        var registry = ecs["services"]![0]!["serviceRegistries"]![0]!["registryArn"]!.GetValue<string>();

        var (_, body, _) = await _client.JsonAsync($"{Prefix}.ListInstances", new JsonObject { ["ServiceId"] = registry.Split('/')[^1] }, "servicediscovery");

        var addresses = body["Instances"]!.AsArray().Select(i => i!["Attributes"]!["AWS_INSTANCE_IPV4"]!.GetValue<string>()).Order().ToList();
        var taskAddresses = _server.Engine.Read(s => s.FindCluster("prod")!.Tasks.Where(t => t.ServiceName == "market").Select(t => t.Network.PrivateIpv4Address).Order().ToList());
        Assert.Equal(taskAddresses, addresses);
    }

    [Fact]
    public async Task GetService_Unknown_AnswersServiceNotFound()
    {
        var (_, body, _) = await _client.JsonAsync($"{Prefix}.GetService", new JsonObject { ["Id"] = "srv-nope" }, "servicediscovery");

        Assert.Equal("ServiceNotFound", body["__type"]!.GetValue<string>());
    }
}
