using System.Net;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Faults;
using EcsConsole.Sandbox.Http;
using EcsConsole.Sandbox.Protocol;
using EcsConsole.Sandbox.Protocol.AutoScaling;
using EcsConsole.Sandbox.Protocol.CodeDeploy;
using EcsConsole.Sandbox.Protocol.CloudWatch;
using EcsConsole.Sandbox.Protocol.Ec2;
using EcsConsole.Sandbox.Protocol.Ec2AutoScaling;
using EcsConsole.Sandbox.Protocol.Ecr;
using EcsConsole.Sandbox.Protocol.Ecs;
using EcsConsole.Sandbox.Protocol.Elbv2;
using EcsConsole.Sandbox.Protocol.Iam;
using EcsConsole.Sandbox.Protocol.Logs;
using EcsConsole.Sandbox.Protocol.ServiceDiscovery;
using EcsConsole.Sandbox.Protocol.Ssm;
using EcsConsole.Sandbox.Protocol.Sts;
using EcsConsole.Sandbox.Quirks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsConsole.Sandbox;

/// <summary>
/// The sandbox's own Kestrel listener on loopback, answering AWS wire protocols from a <see cref="SandboxEngine"/>.
/// Dispose to stop it; the engine is disposed with it.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int disposed;

    private readonly FaultInjector faults;
    private readonly QuirkSwitch quirks;

    private readonly Persistence.SandboxPersistence? persistence;

    private SandboxServer(WebApplication app, SandboxEngine engine, Uri url, FaultInjector faults, QuirkSwitch quirks, Persistence.SandboxPersistence? persistence)
    {
        this.app = app;
        this.persistence = persistence;
        this.faults = faults;
        this.quirks = quirks;
        Engine = engine;
        Url = url;
    }

    /// <summary>The bound URL, with the real port when the options asked for port 0.</summary>
    public Uri Url { get; }

    public SandboxEngine Engine { get; }

    /// <summary>The faults injected into calls from now on; set it to change them while the sandbox runs (for example to take it down and back up).</summary>
    public SandboxFaults Faults
    {
        get => faults.Faults;
        set => faults.Faults = value;
    }

    /// <summary>The quirks played from now on (see <see cref="SandboxQuirks"/>); set it to turn them on or off while the sandbox runs.</summary>
    public SandboxQuirks Quirks
    {
        get => quirks.Quirks;
        set => quirks.Quirks = value;
    }

    /// <summary>Starts a sandbox on <paramref name="timeProvider"/> (a fake clock in tests, an accelerated one in the app).</summary>
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, TimeProvider timeProvider, CancellationToken cancellationToken, ILoggerFactory? loggerFactory = null)
    {
        var endpoint = LoopbackEndpoint(options.Url);
        var logs = loggerFactory ?? NullLoggerFactory.Instance;
        var persistence = string.IsNullOrWhiteSpace(options.StateDirectory)
            ? null
            : new Persistence.SandboxPersistence(
                new Persistence.SandboxStateFile(options.StateDirectory, options.AccountId, logs.CreateLogger<Persistence.SandboxStateFile>()),
                logs.CreateLogger<Persistence.SandboxPersistence>());
        var restored = persistence?.Restore(timeProvider.GetUtcNow());
        var engine = new SandboxEngine(options, timeProvider, restored: restored?.State);
        var iam = new IamQueryApi(engine.Arns, options, timeProvider);
        if (restored is { Iam: var iamContent })
        {
            iam.Account.Import(iamContent);
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(endpoint);
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddSingleton(loggerFactory ?? NullLoggerFactory.Instance);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        var app = builder.Build();
        var faults = new FaultInjector(options.Faults, options.RandomSeed);
        var quirks = new QuirkSwitch(options.Quirks);
        var handler = new SandboxRequestHandler(
            new SandboxAuthenticator(options, TimeProvider.System),
            [new EcsJsonApi(engine), new EcrJsonApi(engine), new LogsJsonApi(engine), new ApplicationAutoScalingJsonApi(engine), new CloudWatchJsonApi(engine), new ServiceDiscoveryJsonApi(engine), new CodeDeployJsonApi(engine), new SsmJsonApi(engine.Arns)],
            [new StsQueryApi(engine.Arns), new Elbv2QueryApi(engine), iam, new Ec2QueryApi(engine), new Ec2AutoScalingQueryApi(engine)],
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SandboxServer>(),
            faults,
            TimeProvider.System,
            quirks);
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            engine.Dispose();
            throw;
        }

        engine.Start();
        persistence?.Attach(engine, iam.Account, TimeSpan.FromSeconds(options.StateSaveIntervalSeconds));
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxServer(app, engine, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), faults, quirks, persistence);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await app.StopAsync();
        await app.DisposeAsync();
        // Saved after the listener stopped, so no call changes the state after its last save.
        persistence?.Dispose();
        Engine.Dispose();
    }

    /// <summary>The sandbox never listens beyond this machine: only loopback hosts are accepted.</summary>
    private static IPEndPoint LoopbackEndpoint(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"The sandbox URL '{url}' must be an absolute http:// URL.", nameof(url));
        }

        var address = uri.IsLoopback && !IPAddress.TryParse(uri.Host.Trim('[', ']'), out _)
            ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) && IPAddress.IsLoopback(parsed)
                ? parsed
                : throw new ArgumentException($"The sandbox URL '{url}' must name a loopback host (127.0.0.1, [::1] or localhost).", nameof(url));
        return new IPEndPoint(address, uri.Port);
    }
}
