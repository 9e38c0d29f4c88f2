using EcsConsole.Core.Live;
namespace EcsConsole.Core.Fleet;

/// <summary>
/// The live view of one service, polled once for every viewer of it. Obtained from <see cref="IInventoryMonitors.WatchService"/>;
/// subscriptions end when the token passed to <c>Subscribe*</c> is cancelled.
/// </summary>
public interface IServiceMonitor
{
    string Cluster { get; }

    string Service { get; }

    MonitorStatus Status { get; }

    /// <summary>The current wait between polls: fast while a deployment is in progress, slow when steady.</summary>
    TimeSpan CurrentInterval { get; }

    /// <summary>Raised after every poll, on the monitor's thread.</summary>
    event Action? StatusChanged;

    /// <summary>The service detail: at most one item, keyed by <see cref="ServiceDetail.Key"/>.</summary>
    Subscription<ServiceDetail> SubscribeDetail(CancellationToken cancellationToken);

    /// <summary>Events seen since the service was first watched (ECS lists only its newest 100), keyed by id.</summary>
    Subscription<ServiceEventEntry> SubscribeEvents(CancellationToken cancellationToken);

    /// <summary>Running, pending and stopped tasks (including archived ones), keyed by ARN.</summary>
    Subscription<TaskSummary> SubscribeTasks(CancellationToken cancellationToken);
}
