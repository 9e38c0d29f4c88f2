using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Tests.Support;
using EcsConsole.Core.Wizards;
using EcsConsole.Sandbox;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Wizards.Services;

/// <summary>
/// The wizard engine against a real sandbox over loopback HTTP and a fresh SQLite store, on a clock of its own (the
/// Service wizard advances time to let tasks start and drain, which the other wizard tests should not see).
/// </summary>
internal sealed class ServiceWizardSandbox : IAsyncDisposable
{
    private ServiceWizardSandbox(SandboxServer sandbox, CatalogStore store, FakeTimeProvider time)
    {
        Sandbox = sandbox;
        Store = store;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public SandboxServer Sandbox { get; }

    public CatalogStore Store { get; }

    public IEcsClient Ecs => Store.Services.GetRequiredService<IEcsClient>();

    public WizardRunner Runner => Store.Services.GetRequiredService<WizardRunner>();

    public WizardJournal Journal => Store.Services.GetRequiredService<WizardJournal>();

    public AwsCallLog Calls => Store.Services.GetRequiredService<AwsCallLog>();

    public static async Task<ServiceWizardSandbox> StartAsync()
    {
        // Starts at the real time so the sandbox accepts the SigV4 signatures made on this clock.
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", RandomFailuresPerTaskHour = 0 };
        var sandbox = await SandboxServer.StartAsync(options, time, CancellationToken.None);
        var connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        var store = await CatalogStore.CreateAsync("Sqlite", services =>
            // The clock races ahead while the wizard waits (AdvanceWhileAsync), so an attempt timeout on it would expire calls
            // that are merely slow on a loaded machine; a write that timed out is (rightly) not sent again.
            services.AddSingleton<TimeProvider>(time).AddSingleton(connection)
                .AddSingleton(new EcsConsole.Aws.Http.AwsRetryPolicy { AttemptTimeout = TimeSpan.FromDays(30) })
                .AddAwsClientsWithoutBudget().AddWizards());
        var rig = new ServiceWizardSandbox(sandbox, store, time);
        await rig.RegisterSearchAsync();
        return rig;
    }

    /// <summary>Waits for a task while moving the clock in steps of five seconds (bounded by real time).</summary>
    public async Task<T> AdvanceWhileAsync<T>(Task<T> work, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(60));
        while (!work.IsCompleted)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The wizard step did not finish while the clock moved.");
            }

            Time.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAny(work, Task.Delay(10));
        }

        return await work;
    }

    public void Advance(TimeSpan span)
    {
        for (var moved = TimeSpan.Zero; moved < span; moved += TimeSpan.FromSeconds(5))
        {
            Time.Advance(TimeSpan.FromSeconds(5));
        }
    }

    public async Task<Service?> ServiceAsync(string cluster, string name) =>
        (await Ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = cluster, Services = [name] })).Services?.OrderBy(s => s.Status == "INACTIVE").FirstOrDefault();

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await Sandbox.DisposeAsync();
    }

    private Task RegisterSearchAsync() =>
        Ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "search",
            NetworkMode = "awsvpc",
            RequiresCompatibilities = ["FARGATE"],
            Cpu = "256",
            Memory = "512",
            ContainerDefinitions =
            [
                new ContainerDefinition
                {
                    Name = "search",
                    Image = "public.ecr.aws/docker/library/nginx:1.27",
                    Essential = true,
                    PortMappings = [new PortMapping { ContainerPort = 8080, Protocol = "tcp" }],
                },
            ],
        });
}
