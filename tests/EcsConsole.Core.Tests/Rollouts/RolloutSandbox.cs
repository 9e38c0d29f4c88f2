using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;
using EcsConsole.Core.Tests.Support;
using EcsConsole.Sandbox;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Rollouts;

/// <summary>
/// The rollout service layer wired as the console wires it (AWS clients, a migrated SQLite store, the real operation gate)
/// against the sandbox on a fake clock. <see cref="Operator"/> is who acts; <c>prod</c> is the production cluster.
/// </summary>
internal sealed class RolloutSandbox : IAsyncDisposable
{
    private readonly CatalogStore _store;

    private RolloutSandbox(FakeTimeProvider time, SandboxServer sandbox, CatalogStore store, TestOperator currentOperator)
    {
        Time = time;
        Sandbox = sandbox;
        _store = store;
        Operator = currentOperator;
    }

    public FakeTimeProvider Time { get; }

    public SandboxServer Sandbox { get; }

    public TestOperator Operator { get; }

    public IServiceProvider Services => _store.Services;

    public IEcsClient Ecs => Services.GetRequiredService<IEcsClient>();

    public IDeploymentHistory History => Services.GetRequiredService<IDeploymentHistory>();

    public IDeploymentWatcher Watcher => Services.GetRequiredService<IDeploymentWatcher>();

    /// <summary>A watcher whose monitors wait on the fake clock, so a test moves them on with the simulation.</summary>
    public DeploymentWatcher FakeClockWatcher() => new(
        Ecs,
        Services.GetRequiredService<EcsConsole.Core.Connection.IConnectionCapabilities>(),
        Services.GetRequiredService<DeploymentSideReader>(),
        Options.Create(new DeploymentMonitorOptions()),
        Services.GetRequiredService<AwsConnection>(),
        Time,
        NullLoggerFactory.Instance);

    public static async Task<RolloutSandbox> StartAsync()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", RandomFailuresPerTaskHour = 0, PipelinePushIntervalHours = 10_000 };
        var sandbox = await SandboxServer.StartAsync(options, time, CancellationToken.None);
        var connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        var currentOperator = new TestOperator();
        // The AWS signer and the sandbox's signature check both use real time; only the simulation runs on the fake clock.
        var store = await CatalogStore.CreateAsync("Sqlite", services => services
            .AddSingleton(connection)
            .AddAwsClientsWithoutBudget()
            .AddSingleton<ICurrentOperator>(currentOperator)
            .AddSingleton<IProductionClusterPolicy>(new NamedProductionClusters("prod"))
            .AddScoped<IOperationAuthorizer, OperationGuard>()
            .AddRollouts(new ConfigurationBuilder().Build()));
        return new RolloutSandbox(time, sandbox, store, currentOperator);
    }

    /// <summary>A rollout service for one operator's scope (a circuit, in the web host).</summary>
    public IRolloutService Rollouts() => Services.CreateScope().ServiceProvider.GetRequiredService<IRolloutService>();

    /// <summary>The image reference of <paramref name="tag"/> in the repository the service's container runs from.</summary>
    public async Task<string> ImageAsync(string cluster, string service, string tag)
    {
        var plan = await Rollouts().PlanForceNewDeploymentAsync(cluster, service);
        var image = plan.Current.Containers.Single(c => c.Name == service).Image;
        return image[..image.LastIndexOf(':')] + ":" + tag;
    }

    /// <summary>Moves sandbox time on in steps, reading the deployment after each, until it ended; returns the last reading.</summary>
    public Task<DeploymentProgress> RunToEndAsync(string deploymentArn, TimeSpan? step = null, Action<DeploymentProgress>? seen = null) =>
        RunUntilAsync(deploymentArn, p => !p.IsInProgress, step, seen);

    /// <summary>Moves sandbox time on in steps, reading the deployment after each, until <paramref name="condition"/> holds.</summary>
    public async Task<DeploymentProgress> RunUntilAsync(string deploymentArn, Func<DeploymentProgress, bool> condition, TimeSpan? step = null, Action<DeploymentProgress>? seen = null)
    {
        const int maxSteps = 400;
        DeploymentProgress? progress = null;
        for (var i = 0; i < maxSteps; i++)
        {
            progress = await ReadAsync(deploymentArn);
            seen?.Invoke(progress);
            if (condition(progress))
            {
                return progress;
            }
            if (!progress.IsInProgress)
            {
                throw new InvalidOperationException($"{deploymentArn} ended {progress.Outcome} ({progress.StatusReason}) before the awaited state.");
            }
            Time.Advance(step ?? TimeSpan.FromSeconds(15));
        }
        throw new TimeoutException($"{deploymentArn} still {progress?.Status} at stage {progress?.LifecycleStage} after {maxSteps} steps of sandbox time.");
    }

    /// <summary>Moves the fake clock on until a monitor has published a reading that satisfies the condition.</summary>
    public async Task<DeploymentProgress> AdvanceUntilAsync(DeploymentMonitor monitor, Func<DeploymentProgress, bool> condition, Action<DeploymentProgress>? seen = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (monitor.Latest is { } latest)
            {
                seen?.Invoke(latest);
                if (condition(latest))
                {
                    return latest;
                }
            }
            var polls = monitor.PollCount;
            Time.Advance(TimeSpan.FromSeconds(5));
            // The monitor polls on the thread pool; wait (bounded) for the poll this step released.
            var waitUntil = DateTime.UtcNow + TimeSpan.FromSeconds(2);
            while (monitor.PollCount == polls && DateTime.UtcNow < waitUntil)
            {
                await Task.Delay(10);
            }
        }
        throw new TimeoutException($"The monitor never published the awaited state; last: {monitor.Latest?.Status} at {monitor.Latest?.LifecycleStage}, {monitor.Status.LastError}");
    }

    public async Task<DeploymentProgress> ReadAsync(string deploymentArn)
    {
        var response = await Ecs.DescribeServiceDeploymentsAsync(new DescribeServiceDeploymentsRequest { ServiceDeploymentArns = [deploymentArn] });
        return DeploymentProgressReader.Read(Assert.Single(response.ServiceDeployments!), DeploymentReadContext.Empty(Time.GetUtcNow()));
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}

/// <summary>The signed-in operator, settable per test.</summary>
internal sealed class TestOperator : ICurrentOperator
{
    public OperatorIdentity? Identity { get; set; } = new("alice", ConsoleRole.Operator, IsLocalAccount: true);

    public Task<OperatorIdentity?> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Identity);
}

internal sealed class NamedProductionClusters(params string[] production) : IProductionClusterPolicy
{
    public Task<bool> IsProductionAsync(string cluster, CancellationToken cancellationToken) =>
        Task.FromResult(production.Contains(cluster.Split('/')[^1]));
}
