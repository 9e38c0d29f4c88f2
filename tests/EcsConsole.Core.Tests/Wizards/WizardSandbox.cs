using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Iam;
using EcsConsole.Core.Tests.Support;
using EcsConsole.Core.Wizards;
using EcsConsole.Sandbox;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>The wizard engine against a real sandbox over loopback HTTP and a fresh SQLite store, on a fake clock.</summary>
internal sealed class WizardSandbox : IAsyncDisposable
{
    private readonly Action<IServiceCollection> _register;

    private WizardSandbox(SandboxServer sandbox, CatalogStore store, SandboxOptions options, FakeTimeProvider clock, Action<IServiceCollection> register)
    {
        Sandbox = sandbox;
        Store = store;
        Options = options;
        Clock = clock;
        _register = register;
    }

    // Starts at the real time so the sandbox accepts the SigV4 signatures made on this clock.
    public static FakeTimeProvider Time { get; } = new(TimeProvider.System.GetUtcNow());

    /// <summary>This sandbox's clock: the shared <see cref="Time"/>, unless the test brought its own.</summary>
    public FakeTimeProvider Clock { get; }

    public SandboxServer Sandbox { get; }

    public CatalogStore Store { get; }

    public SandboxOptions Options { get; }

    public IIamClient Iam => Store.Services.GetRequiredService<IIamClient>();

    public WizardJournal Journal => Store.Services.GetRequiredService<WizardJournal>();

    public WizardRunner Runner => Store.Services.GetRequiredService<WizardRunner>();

    public AwsCallLog Calls => Store.Services.GetRequiredService<AwsCallLog>();

    public static Task<WizardSandbox> StartAsync(Action<IServiceCollection>? configure = null) =>
        StartAsync("Sqlite", Time, new Dictionary<string, string?>(), configure);

    /// <param name="clock">The clock of the sandbox, the store's leases and the runner; a test that moves it past lease expiries brings its own.</param>
    /// <param name="settings">Configuration of the first console instance, e.g. <c>Leases:InstanceId</c>.</param>
    public static async Task<WizardSandbox> StartAsync(string provider, FakeTimeProvider clock, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", RandomFailuresPerTaskHour = 0 };
        var sandbox = await SandboxServer.StartAsync(options, clock, CancellationToken.None);
        var connection = new AwsConnection(new AwsConnectionSettings(
            options.Region, null, sandbox.Url.ToString().TrimEnd('/'), new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), AwsConnectionSettings.SandboxMode));
        void Register(IServiceCollection services)
        {
            // The fake clock is shared by every test class and moved by them in parallel, so an attempt timeout measured on it
            // would expire calls that are merely waiting their turn; a write that timed out is (rightly) not sent again.
            services.AddSingleton<TimeProvider>(clock).AddSingleton(connection)
                .AddSingleton(new EcsConsole.Aws.Http.AwsRetryPolicy { AttemptTimeout = TimeSpan.FromDays(30) })
                .AddAwsClientsWithoutBudget().AddWizards();
            configure?.Invoke(services);
        }

        var store = await CatalogStore.CreateAsync(provider, settings, Register);
        return new WizardSandbox(sandbox, store, options, clock, Register);
    }

    /// <summary>Another console instance on the same store and the same AWS, with its own id and its own singletons.</summary>
    public async Task<IServiceProvider> AddInstanceAsync(string instanceId) =>
        await Store.AddInstanceAsync(new Dictionary<string, string?> { ["Leases:InstanceId"] = instanceId }, _register);

    /// <summary>A second runner on the same store, as a restarted console would build it.</summary>
    public WizardRunner NewRunner(params IWizardCallExecutor[] executors) =>
        new(Journal, executors.Length > 0 ? executors : Store.Services.GetServices<IWizardCallExecutor>(), new WizardProgressFeed(Clock),
            Store.Services.GetRequiredService<EcsConsole.Core.Store.OwnerLeases>(), Store.Services.GetRequiredService<WizardRunTakeover>(), NullLogger<WizardRunner>.Instance);

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
