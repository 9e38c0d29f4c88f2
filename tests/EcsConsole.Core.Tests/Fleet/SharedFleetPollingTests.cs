using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Store;
using EcsConsole.Core.Tests.Support;
using EcsConsole.Sandbox;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Fleet;

/// <summary>
/// Two console instances (containers a and b, each with its own AWS clients and call log) on one PostgreSQL store and one
/// sandbox: one polls the fleet for both and the other reads it from the store when announced; a poller whose lease
/// expires (killed: no heartbeat, nothing given back) is replaced by the other.
/// </summary>
public sealed class SharedFleetPollingTests : IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly List<IAsyncDisposable> _stops = [];
    private SandboxServer _sandbox = null!;
    private AwsConnection _connection = null!;
    private CatalogStore? _store;

    public async Task InitializeAsync()
    {
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", RandomFailuresPerTaskHour = 0, PipelinePushIntervalHours = 0 };
        _sandbox = await SandboxServer.StartAsync(options, new FakeTimeProvider(new DateTimeOffset(2026, 12, 8, 1, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        _connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, _sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
    }

    public async Task DisposeAsync()
    {
        foreach (var stop in Enumerable.Reverse(_stops))
        {
            await stop.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await _sandbox.DisposeAsync();
    }

    [RequiresPostgresFact]
    public async Task TwoInstances_OnePollsAwsAndTheOtherReadsItsSnapshotsFromTheStore()
    {
        var a = await InstanceAsync("a");
        var b = await InstanceAsync("b");
        var polling = await MonitorAsync(a);
        await Eventually.TrueAsync(() => polling.PollCount >= 1, "a's first poll", TimeSpan.FromSeconds(30));
        var following = await MonitorAsync(b);
        await Eventually.TrueAsync(() => following.SubscribeServices("prod", CancellationToken.None).InitialState.Length == 4, "b showing prod's services", TimeSpan.FromSeconds(30));

        var users = following.SubscribeServices("prod", CancellationToken.None).InitialState.Single(s => s.Name == "users");
        _sandbox.Engine.Ecs.UpdateService("prod", "users", desiredCount: users.Desired + 3);
        await Eventually.TrueAsync(
            () => following.SubscribeServices("prod", CancellationToken.None).InitialState.Single(s => s.Name == "users").Desired == users.Desired + 3,
            "b seeing the scaled service", TimeSpan.FromSeconds(30));

        Assert.True(Calls(a) > 0);
        Assert.Equal(0, Calls(b));
        Assert.Equal(0, following.PollCount);
        Assert.True(following.FollowCount >= 1);
    }

    [RequiresPostgresFact]
    public async Task PollerKilled_TheOtherTakesOverOnceItsLeaseExpired()
    {
        var a = await InstanceAsync("a", heartbeat: false);
        var b = await InstanceAsync("b");
        var key = FleetMonitor.SnapshotKey(_connection.Current);
        // a takes the poller lease and dies: it never renews it and never gives it back.
        Assert.True(await a.GetRequiredService<IFleetPollerElection>().TryLeadAsync(key, CancellationToken.None));
        var started = DateTimeOffset.UtcNow;

        var following = await MonitorAsync(b);
        await Eventually.TrueAsync(() => following.FollowCount >= 1, "b following a", TimeSpan.FromSeconds(30));
        Assert.Equal(0, following.PollCount);
        await Eventually.TrueAsync(() => following.PollCount >= 1, "b polling after a's lease expired", TimeSpan.FromSeconds(30));

        Assert.True(DateTimeOffset.UtcNow - started >= Expiry - TimeSpan.FromMilliseconds(100));
        Assert.Equal(4, following.SubscribeServices("prod", CancellationToken.None).InitialState.Length);
        Assert.True(Calls(b) > 0);
    }

    [RequiresPostgresFact]
    public async Task PollerStopped_GivesTheLeaseBackAndTheOtherPollsAtOnce()
    {
        var a = await InstanceAsync("a");
        var b = await InstanceAsync("b");
        var polling = await MonitorAsync(a);
        await Eventually.TrueAsync(() => polling.PollCount >= 1, "a's first poll", TimeSpan.FromSeconds(30));
        var following = await MonitorAsync(b);
        await Eventually.TrueAsync(() => following.FollowCount >= 1, "b following a", TimeSpan.FromSeconds(30));

        await polling.StopAsync(CancellationToken.None);

        await Eventually.TrueAsync(() => following.PollCount >= 1, "b polling after a stopped", TimeSpan.FromSeconds(Expiry.TotalSeconds - 1));
    }

    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(4);

    private static long Calls(ServiceProvider instance) => instance.GetRequiredService<AwsCallLog>().TotalAttempts;

    private async Task<ServiceProvider> InstanceAsync(string id, bool heartbeat = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Leases:InstanceId"] = id,
            ["Leases:Expiry"] = Expiry.ToString(),
            ["Leases:HeartbeatInterval"] = "00:00:01",
        };
        void Configure(IServiceCollection services) => services.AddSingleton(_connection).AddAwsClientsWithoutBudget();
        ServiceProvider instance;
        if (_store is null)
        {
            _store = await CatalogStore.CreateAsync("PostgreSql", settings, Configure);
            instance = _store.Services;
        }
        else
        {
            instance = await _store.AddInstanceAsync(settings, Configure);
        }

        if (heartbeat)
        {
            var beat = instance.GetServices<IHostedService>().OfType<LeaseHeartbeat>().Single();
            await beat.StartAsync(CancellationToken.None);
            _stops.Add(new Stop(() => beat.StopAsync(CancellationToken.None)));
        }

        return instance;
    }

    private async Task<FleetMonitor> MonitorAsync(ServiceProvider instance)
    {
        var monitor = new FleetMonitor(
            new EcsFleetReader(instance.GetRequiredService<IEcsClient>()),
            _connection,
            Options.Create(new MonitorOptions { PollInterval = Interval }),
            TimeProvider.System,
            NullLogger<FleetMonitor>.Instance,
            keptSnapshots: instance.GetRequiredService<IFleetSnapshotStore>(),
            election: instance.GetRequiredService<IFleetPollerElection>());
        await monitor.StartAsync(CancellationToken.None);
        _stops.Add(new Stop(async () =>
        {
            await monitor.StopAsync(CancellationToken.None);
            monitor.Dispose();
        }));
        return monitor;
    }

    private sealed class Stop(Func<Task> stop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await stop();
    }
}
