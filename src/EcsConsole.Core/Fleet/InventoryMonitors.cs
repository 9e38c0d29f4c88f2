using EcsConsole.Aws;
using EcsConsole.Core.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Fleet;

/// <summary>Keeps the shared service and task monitors, counting their viewers; one per watched thing per connection and region.</summary>
internal sealed class InventoryMonitors(
    IServiceReader serviceReader,
    ITaskReader taskReader,
    IOptions<ServiceMonitorOptions> options,
    AwsConnection connection,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IInventoryMonitors, IAsyncDisposable
{
    private readonly SharedMonitors<PolledMonitor> _monitors = SharedMonitors.Polled<PolledMonitor>();

    /// <summary>Monitors currently polling (one per watched service or task).</summary>
    internal int ActiveCount => _monitors.ActiveCount;

    public MonitorLease<IServiceMonitor> WatchService(string cluster, string service) =>
        _monitors.Acquire<IServiceMonitor>($"{PolledMonitor.ConnectionKey(connection.Current)}/service/{cluster}/{service}", () => new ServiceMonitor(
            cluster, service, serviceReader, options.Value, connection, timeProvider, loggerFactory.CreateLogger<ServiceMonitor>()));

    public MonitorLease<ITaskMonitor> WatchTask(string cluster, string taskId) =>
        _monitors.Acquire<ITaskMonitor>($"{PolledMonitor.ConnectionKey(connection.Current)}/task/{cluster}/{taskId}", () => new TaskMonitor(
            cluster, taskId, taskReader, options.Value, connection, timeProvider, loggerFactory.CreateLogger<TaskMonitor>()));

    public ValueTask DisposeAsync() => _monitors.DisposeAsync();
}
