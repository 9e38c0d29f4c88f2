using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Iam;
using EcsConsole.Core.Tests.Support;
using EcsConsole.Core.Wizards;
using EcsConsole.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>The wizard engine against a real sandbox over loopback HTTP and a fresh SQLite store, on a fake clock.</summary>
internal sealed class WizardSandbox : IAsyncDisposable
{
    private WizardSandbox(SandboxServer sandbox, CatalogStore store, SandboxOptions options)
    {
        Sandbox = sandbox;
        Store = store;
        Options = options;
    }

    // Starts at the real time so the sandbox accepts the SigV4 signatures made on this clock.
    public static FakeTimeProvider Time { get; } = new(TimeProvider.System.GetUtcNow());

    public SandboxServer Sandbox { get; }

    public CatalogStore Store { get; }

    public SandboxOptions Options { get; }

    public IIamClient Iam => Store.Services.GetRequiredService<IIamClient>();

    public WizardJournal Journal => Store.Services.GetRequiredService<WizardJournal>();

    public WizardRunner Runner => Store.Services.GetRequiredService<WizardRunner>();

    public AwsCallLog Calls => Store.Services.GetRequiredService<AwsCallLog>();

    public static async Task<WizardSandbox> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", RandomFailuresPerTaskHour = 0 };
        var sandbox = await SandboxServer.StartAsync(options, Time, CancellationToken.None);
        var connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        var store = await CatalogStore.CreateAsync("Sqlite", services =>
        {
            // The fake clock is shared by every test class and moved by them in parallel, so an attempt timeout measured on it
            // would expire calls that are merely waiting their turn; a write that timed out is (rightly) not sent again.
            services.AddSingleton<TimeProvider>(Time).AddSingleton(connection)
                .AddSingleton(new EcsConsole.Aws.Http.AwsRetryPolicy { AttemptTimeout = TimeSpan.FromDays(30) })
                .AddAwsClients().AddWizards();
            configure?.Invoke(services);
        });
        return new WizardSandbox(sandbox, store, options);
    }

    /// <summary>A second runner on the same store, as a restarted console would build it.</summary>
    public WizardRunner NewRunner(params IWizardCallExecutor[] executors) =>
        new(Journal, executors.Length > 0 ? executors : Store.Services.GetServices<IWizardCallExecutor>(), new WizardProgressFeed(Time), NullLogger<WizardRunner>.Instance);

    public async Task<bool> RoleExistsAsync(string name)
    {
        try
        {
            await Iam.GetRoleAsync(new GetRoleRequest { RoleName = name });
            return true;
        }
        catch (AwsServiceException error) when (error.ErrorCode == "NoSuchEntity")
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
