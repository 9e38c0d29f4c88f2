using EcsConsole.Aws;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Store;
using EcsConsole.Sandbox;
using EcsConsole.Sandbox.Accounts;
using EcsConsole.Web.Configuration;

namespace EcsConsole.Web.Extensions;

public static class ConnectionModeExtensions
{
    /// <summary>
    /// Decides between AWS and the embedded sandbox (<c>Aws:Mode</c>), registers the shared <see cref="AwsConnection"/>
    /// accordingly and, for the sandbox, the hosted sandbox that starts before the monitor polls.
    /// </summary>
    public static WebApplicationBuilder AddConnectionMode(this WebApplicationBuilder builder)
    {
        var aws = builder.Configuration.GetSection(AwsOptions.SectionName).Get<AwsOptions>() ?? new AwsOptions();
        var selector = new ConnectionModeSelector(Environment.GetEnvironmentVariable, File.Exists);
        var decision = selector.Decide(aws, builder.Environment.EnvironmentName);
        builder.Services.Configure<ConnectionIdentityOptions>(o => o.NoAwsConfiguration = decision.NoAwsConfiguration);
        // The host's logging is not built yet; the choice must still be logged clearly before anything starts.
        using var loggerFactory = LoggerFactory.Create(logging =>
            logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
        var log = loggerFactory.CreateLogger("EcsConsole.Startup");

        if (decision.UseSandbox)
        {
            var sandboxSection = builder.Configuration.GetSection("Sandbox");
            var sandbox = sandboxSection.Get<SandboxOptions>() ?? new SandboxOptions();
            builder.Services.AddSingleton(new AwsConnection(SandboxConnectionActivator.SettingsFor(sandbox, sandbox.Url)));
            builder.Services.AddEcsSandbox(sandboxSection);
            var stateDirectory = SandboxStateDirectory(builder, sandbox);
            builder.Services.PostConfigure<SandboxOptions>(o => o.StateDirectory = stateDirectory);
            log.LogInformation("Sandbox state is kept {Where}", stateDirectory is null
                ? "in memory only (the store is not a SQLite file: set Sandbox:StateDirectory to keep it across restarts)"
                : $"in {stateDirectory} across restarts");
            builder.Services.AddHostedService<SandboxConnectionActivator>();
            AddSandboxConnections(builder.Configuration, sandbox);
            // Chosen by Auto, the sandbox must stand out in the log: it is never what a production host should run.
            var level = string.Equals(aws.Mode?.Trim(), "Sandbox", StringComparison.OrdinalIgnoreCase) ? LogLevel.Information : LogLevel.Warning;
            log.Log(level, "Mode: Sandbox ({Reason}); the embedded sandbox starts on {Url}", decision.Reason, sandbox.Url);
        }
        else
        {
            var profile = string.IsNullOrWhiteSpace(aws.Profile) ? null : aws.Profile;
            var region = AwsRegionResolver.Resolve(aws.Region, profile) ?? AwsRegionResolver.FallbackRegion;
            var endpoint = string.IsNullOrWhiteSpace(aws.EndpointUrl) ? null : aws.EndpointUrl;
            builder.Services.AddSingleton(new AwsConnection(
                new AwsConnectionSettings(region, profile, endpoint, null, AwsConnectionSettings.AwsMode)));
            log.LogInformation("Mode: AWS ({Reason}); region {Region}, profile {Profile}, endpoint {Endpoint}",
                decision.Reason, region, profile ?? "(default chain)", endpoint ?? "(AWS)");
            if (decision.NoAwsConfiguration)
            {
                log.LogWarning("No AWS credentials are configured; set them, or Aws:Mode=Sandbox for the demo sandbox");
            }
        }
        return builder;
    }

    /// <summary>Sandbox:StateDirectory if set (relative to the content root), else beside the SQLite store; null for PostgreSQL without one.</summary>
    private static string? SandboxStateDirectory(WebApplicationBuilder builder, SandboxOptions sandbox)
    {
        if (!string.IsNullOrWhiteSpace(sandbox.StateDirectory))
        {
            return Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, sandbox.StateDirectory));
        }

        var store = builder.Configuration.GetSection(ConsoleStoreOptions.SectionName).Get<ConsoleStoreOptions>() ?? new ConsoleStoreOptions();
        return store.Provider == ConsoleStoreProvider.Sqlite
            ? ConsoleStoreConnection.SqliteDirectory(ConsoleStoreConnection.ResolveSqlite(store.ConnectionString, builder.Environment.ContentRootPath))
            : null;
    }

    /// <summary>The sandbox's second account, reached by assuming a role from its default account, in the partition of <paramref name="region"/>.</summary>
    public static string SandboxPlatformRoleArn(string region) => $"arn:{AwsPartition.ForRegion(region).Id}:iam::222222222222:role/EcsConsoleAccess";

    /// <summary>
    /// Unless <c>Connections</c> is configured, the sandbox defines two: its default account and <c>platform</c>, the role
    /// assumed into its second account, where users are Viewers except the bootstrap administrator (so the whole
    /// connections story, roles per connection included, can be tried without configuration). Both offer every region
    /// the sandbox serves.
    /// </summary>
    private static void AddSandboxConnections(ConfigurationManager configuration, SandboxOptions sandbox)
    {
        if (configuration.GetSection("Connections").GetChildren().Any()) return;
        var admin = configuration["Auth:BootstrapAdmin:UserName"] is { Length: > 0 } name ? name : "admin";
        var regions = SandboxAccounts.RegionNames(sandbox).Select((region, i) => KeyValuePair.Create($"Connections:platform:Regions:{i}", (string?)region));
        configuration.AddInMemoryCollection(new Dictionary<string, string?>(regions)
        {
            ["Connections:platform:RoleArn"] = SandboxPlatformRoleArn(sandbox.Region),
            ["Connections:platform:SessionName"] = "EcsConsole",
            ["Connections:platform:Roles:Others"] = "Viewer",
            [$"Connections:platform:Roles:Users:{admin}"] = "Admin",
        });
    }
}
