using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Budget;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Tests.Support;
using EcsConsole.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Fleet;

// A big fleet polled against the sandbox's AWS-like throttle (token buckets of AWS's documented sizes) on the real clock:
// the budget keeps the console under AWS's limits and retries absorb what slips through, so no caller sees a throttle.
public sealed class FleetUnderAwsThrottlingTests : IAsyncLifetime
{
    private static readonly SandboxScale Scale = new() { Clusters = 10, ServicesPerCluster = 200, TasksPerService = 0 };
    private SandboxServer _sandbox = null!;
    private ServiceProvider _aws = null!;
    private AwsConnection _connection = null!;

    public async Task InitializeAsync()
    {
        var options = new SandboxOptions
        {
            Url = "http://127.0.0.1:0",
            Seed = false,
            Scale = Scale,
            RandomFailuresPerTaskHour = 0,
            PipelinePushIntervalHours = 0,
            Throttle = new SandboxThrottleOptions { Enabled = true },
        };
        _sandbox = await SandboxServer.StartAsync(options, new FakeTimeProvider(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        _connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, _sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));

        // The whole of AWS's figures for the console (Share 1), the tightest a budget can be set: its buckets match the
        // sandbox's, so only the timing between a token taken here and a request counted there can throttle.
        _aws = new ServiceCollection()
            .AddSingleton(_connection)
            .AddSingleton(new AwsRateBudgetOptions { Share = 1 })
            .AddAwsClients()
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _aws.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task Monitor_TenClustersOfTwoHundredUnderAwsThrottling_NoThrottleReachesACaller()
    {
        var ecs = _aws.GetRequiredService<IEcsClient>();
        var monitor = new FleetMonitor(
            new EcsFleetReader(ecs),
            _connection,
            Options.Create(new MonitorOptions { PollInterval = TimeSpan.FromSeconds(1) }),
            TimeProvider.System,
            NullLogger<FleetMonitor>.Instance,
            callLog: _aws.GetRequiredService<AwsCallLog>(),
            settings: _connection.Current,
            budget: _aws.GetRequiredService<AwsRateBudget>());
        await monitor.StartAsync(CancellationToken.None);
        try
        {
            // Someone watches one service meanwhile: its reads share the service-read bucket and go first.
            var watched = 0;
            using var stop = new CancellationTokenSource();
            var watcher = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var answer = await ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = "fleet-01", Services = ["svc-001"] }, CancellationToken.None);
                    Assert.Single(answer.Services ?? []);
                    watched++;
                    await Task.Delay(250, CancellationToken.None);
                }
            });

            await Eventually.TrueAsync(() => monitor.PollCount >= 1, "the first complete poll", TimeSpan.FromMinutes(2));
            await stop.CancelAsync();
            await watcher;

            Assert.Null(monitor.LastError);
            var clusters = monitor.SubscribeClusters(CancellationToken.None).InitialState;
            Assert.Equal(10, clusters.Length);
            Assert.All(clusters, cluster => Assert.Equal(200, monitor.SubscribeServices(cluster.Name, CancellationToken.None).InitialState.Length));
            Assert.True(watched > 0);
            Assert.True(_sandbox.Throttle.Enabled);
        }
        finally
        {
            await monitor.StopAsync(CancellationToken.None);
            monitor.Dispose();
        }
    }
}
