using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Tests.Support;
using EcsConsole.Sandbox;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Fleet;

/// <summary>The monitor against the real sandbox over loopback HTTP: the same wire path the app uses for AWS.</summary>
public sealed class SandboxFleetTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
    private SandboxServer _sandbox = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", RandomFailuresPerTaskHour = 0 };
        _sandbox = await SandboxServer.StartAsync(options, _time, CancellationToken.None);
        var connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, _sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        // The AWS clients sign with the real clock, as the sandbox verifies signatures against it; only the
        // simulation and the monitor run on the fake clock.
        _services = new ServiceCollection()
            .AddSingleton(connection)
            .AddAwsClientsWithoutBudget()
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task ReadAsync_SeededSandbox_SeesProdAndStagingWithTheirServices()
    {
        var reader = new EcsFleetReader(_services.GetRequiredService<IEcsClient>());

        var snapshot = await reader.ReadAsync(CancellationToken.None);

        Assert.Equal(["prod", "staging"], snapshot.Clusters.Select(c => c.Name).Order());
        Assert.Equal(ClusterKind.Ec2, snapshot.Clusters.Single(c => c.Name == "prod").Kind);
        Assert.Equal(ClusterKind.Fargate, snapshot.Clusters.Single(c => c.Name == "staging").Kind);
        Assert.Equal(["blog", "market", "news", "users"], snapshot.ServicesByCluster["prod"].Select(s => s.Name).Order());
    }

    [Fact]
    public async Task Monitor_SandboxScalesService_SubscriberSeesNewDesiredCount()
    {
        var reader = new EcsFleetReader(_services.GetRequiredService<IEcsClient>());
        await using var harness = new MonitorHarness(reader, _services.GetRequiredService<AwsConnection>(), _time);
        await harness.StartAsync();
        var services = harness.Monitor.SubscribeServices("prod", CancellationToken.None);
        var users = services.InitialState.Single(s => s.Name == "users");
        await using var stream = services.Changes.GetAsyncEnumerator();

        _sandbox.Engine.Ecs.UpdateService("prod", "users", desiredCount: users.Desired + 2);
        await harness.NextPollAsync();

        var seen = new List<Change<ServiceSummary>>();
        while (!seen.Any(c => c.Item.Name == "users" && c.Item.Desired == users.Desired + 2))
        {
            seen.AddRange(await Eventually.NextAsync(stream, "users scaled"));
        }
    }

    [Fact]
    public async Task Monitor_SandboxStartsNewTasks_SubscriberSeesRunningCountRise()
    {
        var reader = new EcsFleetReader(_services.GetRequiredService<IEcsClient>());
        await using var harness = new MonitorHarness(reader, _services.GetRequiredService<AwsConnection>(), _time);
        await harness.StartAsync();
        using var stop = new CancellationTokenSource();
        var services = harness.Monitor.SubscribeServices("prod", stop.Token);
        var users = services.InitialState.Single(s => s.Name == "users");
        var latestRunning = users.Running;
        var collecting = Task.Run(async () =>
        {
            await foreach (var batch in services.Changes)
            {
                foreach (var change in batch.Where(c => c.Item.Name == "users"))
                {
                    Volatile.Write(ref latestRunning, change.Item.Running);
                }
            }
        });

        _sandbox.Engine.Ecs.UpdateService("prod", "users", desiredCount: users.Desired + 2);

        // Each poll moves the simulated clock one interval; new tasks take a few simulated minutes to reach RUNNING.
        for (var poll = 0; poll < 60 && Volatile.Read(ref latestRunning) < users.Desired + 2; poll++)
        {
            await harness.NextPollAsync();
            harness.Time.Advance(ChangeFeed<ServiceSummary>.BatchWindow);
        }
        await Eventually.TrueAsync(() => Volatile.Read(ref latestRunning) == users.Desired + 2, "users running all desired tasks");
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => collecting);
    }
}
