using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.History;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Tests.Support;
using EcsConsole.Sandbox;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Catalog;

/// <summary>
/// The seeded sandbox over loopback HTTP on a fake clock, the catalog services (AddConsoleCatalog) and a store. The fleet
/// monitor's part is played by <see cref="PollFleetAsync"/>: one fleet read handed to the snapshot observers.
/// </summary>
internal sealed class SandboxCatalog : IAsyncDisposable
{
    private readonly ServiceProvider _aws;

    private SandboxCatalog(SandboxServer sandbox, ServiceProvider aws, CatalogStore store, FakeTimeProvider time)
    {
        Sandbox = sandbox;
        _aws = aws;
        Store = store;
        Time = time;
    }

    public SandboxServer Sandbox { get; }

    public CatalogStore Store { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => Store.Services;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <param name="ecs">Wraps the sandbox's ECS client for the catalog (for example in a <see cref="FaultyEcsClient"/>).</param>
    /// <param name="settings">Further configuration (for example <c>Connections:platform:RoleArn</c>).</param>
    public static async Task<SandboxCatalog> StartAsync(string provider = "Sqlite", Func<IEcsClient, IEcsClient>? ecs = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", RandomFailuresPerTaskHour = 0 };
        var sandbox = await SandboxServer.StartAsync(options, time, CancellationToken.None);
        var connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        var configuration = Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions
            .AddInMemoryCollection(new Microsoft.Extensions.Configuration.ConfigurationBuilder(), settings ?? new Dictionary<string, string?>()).Build();
        // The AWS clients sign with the real clock in their own container (the sandbox checks signatures against it);
        // the simulation and the catalog services run on the fake clock.
        var aws = new ServiceCollection().AddSingleton(connection).AddAwsClientsWithoutBudget().BuildServiceProvider();
        var store = await CatalogStore.CreateAsync(provider, services => services
            .AddSingleton(connection)
            .AddSingleton<TimeProvider>(time)
            .AddSingleton((ecs ?? (e => e))(aws.GetRequiredService<IEcsClient>()))
            .AddSingleton(aws.GetRequiredService<EcsConsole.Aws.Ecr.IEcrClient>())
            .AddSingleton(aws.GetRequiredService<EcsConsole.Aws.Sts.ICallerIdentityClient>())
            .AddConsoleCatalog(configuration));
        return new SandboxCatalog(sandbox, aws, store, time);
    }

    /// <summary>Reads the fleet as the monitor would and hands the snapshot to every observer.</summary>
    public async Task<FleetSnapshot> PollFleetAsync()
    {
        var snapshot = await new EcsFleetReader(Get<IEcsClient>()).ReadAsync(CancellationToken.None);
        foreach (var observer in Services.GetServices<IFleetSnapshotObserver>())
        {
            observer.OnSnapshot(snapshot);
        }
        return snapshot;
    }

    /// <summary>Moves the sandbox clock in one-minute steps (the simulation catches up on the next call).</summary>
    public void Advance(TimeSpan by)
    {
        for (var left = by; left > TimeSpan.Zero; left -= TimeSpan.FromMinutes(1))
        {
            Time.Advance(left < TimeSpan.FromMinutes(1) ? left : TimeSpan.FromMinutes(1));
        }
        Sandbox.Engine.CatchUp();
    }

    public StoppedTaskArchiver Archiver() =>
        ActivatorUtilities.CreateInstance<StoppedTaskArchiver>(Services);

    public StoppedTaskArchiver Archiver(Microsoft.Extensions.Logging.ILogger<StoppedTaskArchiver> logger) =>
        ActivatorUtilities.CreateInstance<StoppedTaskArchiver>(Services, logger);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await _aws.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
