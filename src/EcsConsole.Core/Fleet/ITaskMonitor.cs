using EcsConsole.Core.Live;
namespace EcsConsole.Core.Fleet;

/// <summary>
/// The live view of one task, polled once for every viewer of it. Obtained from <see cref="IInventoryMonitors.WatchTask"/>.
/// </summary>
public interface ITaskMonitor
{
    string Cluster { get; }

    string TaskId { get; }

    MonitorStatus Status { get; }

    /// <summary>True after a successful poll in which neither ECS nor the archive knew the task.</summary>
    bool NotFound { get; }

    /// <summary>Raised after every poll, on the monitor's thread.</summary>
    event Action? StatusChanged;

    /// <summary>The task: at most one item, keyed by <see cref="TaskDetail.Key"/>.</summary>
    Subscription<TaskDetail> SubscribeDetail(CancellationToken cancellationToken);
}
