using System.Net;
using EcsConsole.Sandbox.Accounts;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Faults;
using EcsConsole.Sandbox.Http;
using EcsConsole.Sandbox.Protocol;
using EcsConsole.Sandbox.Protocol.Sts;
using EcsConsole.Sandbox.Quirks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsConsole.Sandbox;

/// <summary>
/// The sandbox's own Kestrel listener on loopback, answering AWS wire protocols from one <see cref="SandboxEngine"/> per
/// account and region it serves (<see cref="Accounts"/>), picked by the access key a request is signed with and the
/// region its signature is scoped to. Dispose to stop it; the
/// engines are disposed with it.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private readonly FaultInjector _faults;
    private readonly QuirkSwitch _quirks;

    private readonly IReadOnlyList<Persistence.SandboxPersistence> _persistence;

    private SandboxServer(WebApplication app, SandboxAccounts accounts, Uri url, FaultInjector faults, QuirkSwitch quirks, IReadOnlyList<Persistence.SandboxPersistence> persistence)
    {
        _app = app;
        _persistence = persistence;
        _faults = faults;
        _quirks = quirks;
        Accounts = accounts;
        Url = url;
    }

    /// <summary>The bound URL, with the real port when the options asked for port 0.</summary>
    public Uri Url { get; }

    /// <summary>The default account's engine (<see cref="SandboxOptions.AccountId"/>).</summary>
    public SandboxEngine Engine => Accounts.Default.Engine;

    /// <summary>Every account the sandbox serves, each with its own engine and IAM; the default one first.</summary>
    public SandboxAccounts Accounts { get; }

    /// <summary>The engine of <paramref name="accountId"/> in <paramref name="region"/>; throws when the sandbox does not serve that account or region.</summary>
    public SandboxEngine EngineOf(string accountId, string region) =>
        (Accounts.Find(accountId) ?? throw new ArgumentException($"The sandbox serves no account {accountId}.", nameof(accountId))).EngineIn(region);

    /// <summary>The home-region engine of <paramref name="accountId"/>; throws when the sandbox does not serve that account.</summary>
    public SandboxEngine EngineOf(string accountId) =>
        Accounts.Find(accountId)?.Engine ?? throw new ArgumentException($"The sandbox serves no account {accountId}.", nameof(accountId));

    /// <summary>The AWS-like throttle (<see cref="SandboxOptions.Throttle"/>): whether it is on and how many calls it refused.</summary>
    public required SandboxThrottle Throttle { get; init; }

    /// <summary>The faults injected into calls from now on; set it to change them while the sandbox runs (for example to take it down and back up).</summary>
    public SandboxFaults Faults
    {
        get => _faults.Faults;
        set => _faults.Faults = value;
    }

    /// <summary>The quirks played from now on (see <see cref="SandboxQuirks"/>); set it to turn them on or off while the sandbox runs.</summary>
    public SandboxQuirks Quirks
    {
        get => _quirks.Quirks;
        set => _quirks.Quirks = value;
    }

    /// <summary>Starts a sandbox on <paramref name="timeProvider"/> (a fake clock in tests, an accelerated one in the app).</summary>
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, TimeProvider timeProvider, CancellationToken cancellationToken, ILoggerFactory? loggerFactory = null)
    {
        var endpoint = LoopbackEndpoint(options.Url);
        var logs = loggerFactory ?? NullLoggerFactory.Instance;
        // One state file per account and region, each restored once here; an engine without one (or with an unreadable one) starts from its seed.
        var persistence = new Dictionary<(string Account, string Region), Persistence.SandboxPersistence>();
        var restored = new Persistence.SandboxRestore();
        if (!string.IsNullOrWhiteSpace(options.StateDirectory))
        {
            foreach (var accountId in SandboxAccounts.AccountIds(options))
            {
                foreach (var region in SandboxAccounts.RegionNames(options))
                {
                    var home = region == options.Region;
                    var kept = new Persistence.SandboxPersistence(
                        new Persistence.SandboxStateFile(options.StateDirectory, accountId, logs.CreateLogger<Persistence.SandboxStateFile>(), region, home),
                        logs.CreateLogger<Persistence.SandboxPersistence>());
                    persistence[(accountId, region)] = kept;
                    if (kept.Restore(timeProvider.GetUtcNow()) is not { } state)
                    {
                        continue;
                    }

                    restored.States[(accountId, region)] = state.State;
                    if (home && state.Iam is { } iam)
                    {
                        restored.Iam[accountId] = iam;
                    }
                }
            }
        }

        var accounts = SandboxAccounts.Create(options, timeProvider, TimeProvider.System, restored);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(endpoint);
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddSingleton(loggerFactory ?? NullLoggerFactory.Instance);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        builder.Services.AddWebSockets(_ => { });
        var app = builder.Build();
        var faults = new FaultInjector(options.Faults, options.RandomSeed);
        var quirks = new QuirkSwitch(options.Quirks);
        var throttle = new SandboxThrottle(options.Throttle, TimeProvider.System);
        var handler = new SandboxRequestHandler(
            new SandboxAuthenticator(options, TimeProvider.System, accounts.Sessions),
            accounts,
            [new StsQueryApi(accounts)],
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SandboxServer>(),
            faults,
            TimeProvider.System,
            quirks,
            throttle);
        app.UseWebSockets();
        app.Use(async (context, next) =>
        {
            if (!await Exec.DataChannelEndpoint.TryHandleAsync(context, accounts, TimeProvider.System))
            {
                await next(context);
            }
        });
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            accounts.Dispose();
            throw;
        }

        accounts.Start();
        foreach (var account in accounts.All)
        {
            foreach (var region in account.Regions)
            {
                if (persistence.TryGetValue((account.AccountId, region.Name), out var kept))
                {
                    // IAM is global: the home region's file keeps it for the whole account.
                    kept.Attach(region.Engine, region == account.Home ? account.Iam : null, TimeSpan.FromSeconds(options.StateSaveIntervalSeconds));
                }
            }
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxServer(app, accounts, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), faults, quirks, [.. persistence.Values])
        {
            Throttle = throttle,
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        // Saved after the listener stopped, so no call changes the state after its last save.
        foreach (var kept in _persistence)
        {
            kept.Dispose();
        }

        Accounts.Dispose();
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
