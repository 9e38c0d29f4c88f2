using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.Monitoring;

/// <summary>
/// The live view of the fleet, polled once for every viewer. A singleton; subscriptions end when the token
/// passed to <c>Subscribe*</c> is cancelled.
/// </summary>
public interface IFleetMonitor
{
    MonitorStatus Status { get; }

    DateTimeOffset? LastRefreshed => Status.LastRefreshed;

    AwsProblem? LastError => Status.LastError;

    /// <summary>Raised after every poll and on a connection switch, on the monitor's thread.</summary>
    event Action? StatusChanged;

    Subscription<ClusterSummary> SubscribeClusters(CancellationToken cancellationToken);

    /// <summary>The services of one cluster; empty until the cluster is seen by a poll.</summary>
    Subscription<ServiceSummary> SubscribeServices(string cluster, CancellationToken cancellationToken);
}
