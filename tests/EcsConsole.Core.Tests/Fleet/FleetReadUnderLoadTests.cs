using EcsConsole.Core.Problems;
using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Http;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Tests.Support;
using EcsConsole.Sandbox;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Fleet;

// The fleet read at scale and under injected faults, over the real AWS clients and a sandbox of a synthetic fleet.
public sealed class FleetReadUnderLoadTests : IAsyncLifetime
{
    private static readonly SandboxScale Scale = new() { Clusters = 3, ServicesPerCluster = 150, TasksPerService = 1 };
    private SandboxServer _sandbox = null!;
    private ServiceProvider _aws = null!;

    private AwsCallLog Calls => _aws.GetRequiredService<AwsCallLog>();

    public async Task InitializeAsync()
    {
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", Seed = false, Scale = Scale, RandomFailuresPerTaskHour = 0, PipelinePushIntervalHours = 0 };
        _sandbox = await SandboxServer.StartAsync(options, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        var connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, _sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        // Backoff of a millisecond keeps retried calls quick; the number of attempts is what is under test.
        _aws = new ServiceCollection()
            .AddSingleton(connection)
            .AddSingleton(new AwsRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(1), MaxBackoff = TimeSpan.FromMilliseconds(5) })
            .AddAwsClientsWithoutBudget()
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _aws.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task ReadAsync_ScaledFleet_CallsNoMoreThanTheApiLimitsRequire()
    {
        var snapshot = await new EcsFleetReader(_aws.GetRequiredService<IEcsClient>()).ReadAsync(CancellationToken.None);

        Assert.Equal(450, snapshot.ServicesByCluster.Values.Sum(s => s.Length));
        Assert.Equal(1, Calls.CountFor("ECS", "ListClusters"));
        Assert.Equal(1, Calls.CountFor("ECS", "DescribeClusters"));
        Assert.Equal(3 * 2, Calls.CountFor("ECS", "ListServices"));
        Assert.Equal(3 * 15, Calls.CountFor("ECS", "DescribeServices"));
    }

    [Fact]
    public async Task ReadAsync_EveryCallThrottled_StopsAtTheRetryBound()
    {
        _sandbox.Faults = new SandboxFaults { ThrottleShare = 1 };
        var reader = new EcsFleetReader(_aws.GetRequiredService<IEcsClient>());

        var error = await Assert.ThrowsAsync<FleetReadException>(() => reader.ReadAsync(CancellationToken.None));

        Assert.Equal("ListClusters", error.Operation);
        Assert.Equal(new AwsRetryPolicy().MaxAttempts, Calls.CountFor("ECS", "ListClusters"));
        Assert.Equal(Calls.TotalAttempts, Calls.CountFor("ECS", "ListClusters"));
    }

    [Fact]
    public async Task ReadAsync_EndpointBackUp_ReadsTheFleetAgain()
    {
        var reader = new EcsFleetReader(_aws.GetRequiredService<IEcsClient>());
        _sandbox.Faults = new SandboxFaults { Down = true };
        await Assert.ThrowsAsync<FleetReadException>(() => reader.ReadAsync(CancellationToken.None));

        _sandbox.Faults = new SandboxFaults();
        var snapshot = await reader.ReadAsync(CancellationToken.None);

        Assert.Equal(3, snapshot.Clusters.Length);
    }

    [Fact]
    public async Task Monitor_PollsThrottledThenAnswered_DegradedThenCleared()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        var interval = TimeSpan.FromSeconds(5);
        using var monitor = new FleetMonitor(
            new EcsFleetReader(_aws.GetRequiredService<IEcsClient>()),
            _aws.GetRequiredService<AwsConnection>(),
            Options.Create(new MonitorOptions { PollInterval = interval }),
            time,
            NullLogger<FleetMonitor>.Instance,
            callLog: Calls);
        var polls = 0;
        monitor.StatusChanged += () => Interlocked.Increment(ref polls);
        _sandbox.Faults = new SandboxFaults { ThrottleShare = 1 };

        await monitor.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => Volatile.Read(ref polls) >= 1, "the throttled poll");
        var throttled = monitor.Status;
        _sandbox.Faults = new SandboxFaults();
        await Eventually.TrueAsync(() =>
        {
            if (Volatile.Read(ref polls) < 2)
            {
                time.Advance(interval);
            }

            return Volatile.Read(ref polls) >= 2;
        }, "the answered poll");
        var answered = monitor.Status;
        await monitor.StopAsync(CancellationToken.None);

        Assert.True(throttled.Degraded);
        Assert.Equal("ThrottlingException", throttled.LastError?.Code);
        Assert.False(answered.Degraded);
        Assert.Null(answered.LastError);
        Assert.NotNull(answered.LastRefreshed);
    }
}
