using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Store;

/// <summary>
/// Renews the leases this console instance holds every <see cref="LeaseOptions.HeartbeatInterval"/> on the injected
/// clock, and names the instance in the log at start. Leases are not given back at shutdown: work still running under
/// them ends with the process, and another instance takes them over once they expire.
/// </summary>
public sealed class LeaseHeartbeat(
    OwnerLeases leases,
    ConsoleInstance instance,
    ConsoleStoreInitializer store,
    TimeProvider time,
    IOptions<LeaseOptions> options,
    ILogger<LeaseHeartbeat> logger) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation(
            "Console instance {Instance} ({How}): leases last {Expiry}, renewed every {Interval}",
            instance.Id, instance.IsConfigured ? "Leases:InstanceId" : "made up for this process", leases.Expiry, Interval);
        return base.StartAsync(cancellationToken);
    }

    private TimeSpan Interval => options.Value.HeartbeatInterval > TimeSpan.Zero ? options.Value.HeartbeatInterval : TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await store.EnsureReadyAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Interval, time, stoppingToken);
                try
                {
                    await leases.RenewAllAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Renewing the leases of console instance {Instance} failed; trying again in {Interval}", instance.Id, Interval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }
}
