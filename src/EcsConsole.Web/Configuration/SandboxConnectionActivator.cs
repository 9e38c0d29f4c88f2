using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Sandbox;
using EcsConsole.Sandbox.Accounts;
using Microsoft.Extensions.Options;

namespace EcsConsole.Web.Configuration;

/// <summary>
/// Points the shared <see cref="AwsConnection"/> at the embedded sandbox once it listens, so every client talks to it
/// over the same wire path as to AWS. Its real URL is known only after start (port 0 is allowed). Registered after
/// the sandbox's hosted service, so it runs after the sandbox started and before the monitor's first poll.
/// </summary>
public sealed class SandboxConnectionActivator(
    SandboxHostedService sandbox,
    IOptions<SandboxOptions> options,
    AwsConnection connection,
    ILogger<SandboxConnectionActivator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var server = await sandbox.Started.WaitAsync(cancellationToken);
        var settings = SettingsFor(options.Value, server.Url.ToString().TrimEnd('/'));
        connection.Switch(settings);
        logger.LogInformation("AWS connection points at the embedded sandbox {Url}", settings.EndpointUrl);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static AwsConnectionSettings SettingsFor(SandboxOptions sandbox, string url) => new(
        sandbox.Region,
        Profile: null,
        EndpointUrl: url,
        Credentials: new BasicAWSCredentials(sandbox.AccessKeyId, sandbox.SecretAccessKey),
        ModeLabel: AwsConnectionSettings.SandboxMode)
    {
        ServedRegions = [.. SandboxAccounts.RegionNames(sandbox)],
    };
}
