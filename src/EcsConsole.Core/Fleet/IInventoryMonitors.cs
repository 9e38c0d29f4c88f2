using EcsConsole.Core.Live;

namespace EcsConsole.Core.Fleet;

/// <summary>
/// One monitor per watched service or task, shared by every viewer of it. Singleton. A monitor starts polling with its
/// first lease and stops when its last lease is disposed.
/// </summary>
public interface IInventoryMonitors
{
    MonitorLease<IServiceMonitor> WatchService(string cluster, string service);

    MonitorLease<ITaskMonitor> WatchTask(string cluster, string taskId);
}
