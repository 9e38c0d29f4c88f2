using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Sandbox;

/// <summary>Runs the sandbox for the lifetime of the host, on a clock accelerated by <see cref="SandboxOptions.TimeAcceleration"/>.</summary>
public sealed class SandboxHostedService(IOptions<SandboxOptions> options, ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private readonly TaskCompletionSource<SandboxServer> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The running sandbox; completes once it listens (and faults if it could not start).</summary>
    public Task<SandboxServer> Started => _started.Task;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var clock = new AcceleratedTimeProvider(options.Value.TimeAcceleration);
            var server = await SandboxServer.StartAsync(options.Value, clock, cancellationToken, loggerFactory);
            loggerFactory.CreateLogger<SandboxHostedService>().LogInformation(
                "AWS sandbox listening on {Url} (region {Region}, account {Account}, further accounts {Accounts} by STS AssumeRole, time x{Acceleration})",
                server.Url, options.Value.Region, options.Value.AccountId,
                string.Join(", ", server.Accounts.All.Skip(1).Select(a => a.AccountId)) is { Length: > 0 } others ? others : "none",
                options.Value.TimeAcceleration);
            _started.TrySetResult(server);
        }
        catch (Exception error)
        {
            _started.TrySetException(error);
            throw;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    /// <summary>Also stops the listener when the host is disposed without being stopped (for example after a failed start).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_started.Task.IsCompletedSuccessfully)
        {
            await _started.Task.Result.DisposeAsync();
        }
    }
}
