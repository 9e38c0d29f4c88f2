using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
namespace EcsConsole.Core.Rollouts;

/// <summary>
/// The live view of one service deployment: DescribeServiceDeployments every couple of seconds while it runs (slower once it
/// ended), with the service's events, traffic weights and alarm states. Obtained from <see cref="IDeploymentWatcher.Watch"/>;
/// subscriptions end when the token passed to <c>Subscribe*</c> is cancelled.
/// </summary>
public interface IDeploymentMonitor
{
    string Cluster { get; }

    string Service { get; }

    string DeploymentArn { get; }

    MonitorStatus Status { get; }

    /// <summary>Raised after every poll, on the monitor's thread.</summary>
    event Action? StatusChanged;

    /// <summary>The deployment: at most one item, keyed by <see cref="DeploymentProgress.DeploymentArn"/>.</summary>
    Subscription<DeploymentProgress> SubscribeProgress(CancellationToken cancellationToken);

    /// <summary>The service's events since the deployment was created, keyed by id, as they arrive.</summary>
    Subscription<ServiceEventEntry> SubscribeEvents(CancellationToken cancellationToken);
}
