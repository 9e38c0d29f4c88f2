using EcsConsole.Core.Problems;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.Fleet;

/// <summary>
/// The live view of the fleet, polled once for every viewer. A singleton; subscriptions end when the token
/// passed to <c>Subscribe*</c> is cancelled.
/// </summary>
public interface IFleetMonitor
{
    MonitorStatus Status { get; }

    /// <summary>When the last poll succeeded; null before the first success on the current connection.</summary>
    DateTimeOffset? LastRefreshed { get; }

    /// <summary>Why the last poll failed, told for people; null when it succeeded.</summary>
    AwsProblem? LastError { get; }

    /// <summary>The wait between two polls now, which the AWS rate budget may lengthen for a large fleet; null when not known.</summary>
    TimeSpan? PollInterval => null;

    /// <summary>
    /// The last complete read (clusters and every service), for services that need the whole fleet at once such as the
    /// image map; null before the first complete read and after a connection switch.
    /// </summary>
    FleetSnapshot? LatestSnapshot => null;

    /// <summary>Raised after every poll and on a connection switch, on the monitor's thread.</summary>
    event Action? StatusChanged;

    Subscription<ClusterSummary> SubscribeClusters(CancellationToken cancellationToken);

    /// <summary>The services of one cluster; empty until the cluster is seen by a poll.</summary>
    Subscription<ServiceSummary> SubscribeServices(string cluster, CancellationToken cancellationToken);
}
