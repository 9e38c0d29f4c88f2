using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Security;
using EcsConsole.Sandbox;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Security;

/// <summary>A cluster tagged environment=production is production for the guard, read from ECS itself.</summary>
public sealed class ProductionClusterTagTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
    private SandboxServer _sandbox = null!;
    private ServiceProvider _aws = null!;
    private AwsConnection _connection = null!;

    public async Task InitializeAsync()
    {
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", RandomFailuresPerTaskHour = 0 };
        _sandbox = await SandboxServer.StartAsync(options, _time, CancellationToken.None);
        _sandbox.Engine.Ecs.CreateCluster("payments", ["FARGATE"], [], new Dictionary<string, string> { ["environment"] = "production" });
        _connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, _sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        _aws = new ServiceCollection().AddSingleton(_connection).AddAwsClientsWithoutBudget().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _aws.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    private ProductionClusterPolicy Policy(EcsClusterTagReader reader) =>
        new(new StaticOptions(new ConsoleSecurityOptions()), [reader]);

    [Fact]
    public async Task IsProductionAsync_ClusterTaggedProduction_IsProduction()
    {
        var reader = new EcsClusterTagReader(_aws.GetRequiredService<IEcsClient>(), _time, _connection);

        Assert.True(await Policy(reader).IsProductionAsync("payments", CancellationToken.None));
        Assert.True(await Policy(reader).IsProductionAsync("arn:aws:ecs:eu-west-1:000000000000:cluster/payments", CancellationToken.None));
    }

    [Fact]
    public async Task IsProductionAsync_ClusterWithoutProductionTag_IsNotProduction()
    {
        var reader = new EcsClusterTagReader(_aws.GetRequiredService<IEcsClient>(), _time, _connection);

        Assert.False(await Policy(reader).IsProductionAsync("staging", CancellationToken.None));
        Assert.False(await Policy(reader).IsProductionAsync("no-such-cluster", CancellationToken.None));
    }

    [Fact]
    public async Task GetTagsAsync_TagChangedWithinAMinute_ServedFromCacheThenReread()
    {
        var reader = new EcsClusterTagReader(_aws.GetRequiredService<IEcsClient>(), _time, _connection);
        Assert.Equal("production", (await reader.GetTagsAsync("payments", CancellationToken.None))["environment"]);

        _sandbox.Engine.Ecs.TagResource("arn:aws:ecs:eu-west-1:000000000000:cluster/payments", new Dictionary<string, string> { ["environment"] = "test" });
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("production", (await reader.GetTagsAsync("payments", CancellationToken.None))["environment"]);

        _time.Advance(EcsClusterTagReader.CacheFor);
        Assert.Equal("test", (await reader.GetTagsAsync("payments", CancellationToken.None))["environment"]);
    }

    private sealed class StaticOptions(ConsoleSecurityOptions value) : IOptionsMonitor<ConsoleSecurityOptions>
    {
        public ConsoleSecurityOptions CurrentValue => value;

        public ConsoleSecurityOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<ConsoleSecurityOptions, string?> listener) => null;
    }
}
