using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

public sealed class SandboxServerTests
{
    [Fact]
    public async Task StartAsync_PortZeroTwice_BindsTwoLoopbackPorts()
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync();

        Assert.Equal("127.0.0.1", first.Url.Host);
        Assert.NotEqual(0, first.Url.Port);
        Assert.NotEqual(first.Url.Port, second.Url.Port);
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://10.1.2.3:4566")]
    [InlineData("http://example.com:4566")]
    [InlineData("https://127.0.0.1:4566")]
    public async Task StartAsync_NonLoopbackUrl_Refused(string url)
    {
        var options = SandboxTestContext.Options();
        options.Url = url;

        await Assert.ThrowsAsync<ArgumentException>(() => SandboxServer.StartAsync(options, TimeProvider.System, CancellationToken.None));
    }

    [Fact]
    public async Task ConcurrentRequests_ReadsAndUpdates_AllAnswered()
    {
        await using var server = await StartAsync();
        using var client = new SandboxHttpClient(server.Url);
        var describe = new JsonObject { ["cluster"] = "prod", ["services"] = new JsonArray("users", "news", "market", "blog") };

        var calls = Enumerable.Range(0, 40).Select(i => i % 4 == 0
            ? client.EcsAsync("UpdateService", new JsonObject { ["cluster"] = "prod", ["service"] = "users", ["desiredCount"] = 2 + (i % 3) })
            : client.EcsAsync("DescribeServices", describe.DeepClone().AsObject()));
        var results = await Task.WhenAll(calls);

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
    }

    [Fact]
    public async Task AddEcsSandbox_HostStarted_ServesOnConfiguredPort()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sandbox:Url"] = "http://127.0.0.1:0",
            ["Sandbox:TimeAcceleration"] = "20",
            ["Sandbox:RandomFailuresPerTaskHour"] = "0",
        }).Build();
        var services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddEcsSandbox(configuration.GetSection("Sandbox"));
        await using var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        var server = await provider.GetRequiredService<SandboxHostedService>().Started;
        using var client = new SandboxHttpClient(server.Url);
        var (status, body, _) = await client.EcsAsync("ListClusters");
        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body["clusterArns"]!.AsArray().Count);
        Assert.IsType<AcceleratedTimeProvider>(server.Engine.TimeProvider);
    }

    private static Task<SandboxServer> StartAsync() =>
        SandboxServer.StartAsync(SandboxTestContext.Options(), new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);
}
