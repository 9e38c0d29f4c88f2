using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.Rollouts;

/// <summary>
/// One shared <see cref="IDeploymentMonitor"/> per watched service deployment, for every viewer of it. Singleton. A monitor polls
/// from its first lease until its last lease is disposed. Nothing is kept locally: after a restart the deployment is found again
/// from ECS (<see cref="FindInProgressAsync"/>).
/// </summary>
public interface IDeploymentWatcher
{
    MonitorLease<IDeploymentMonitor> Watch(string cluster, string service, string deploymentArn);

    /// <summary>The service's deployments ECS reports IN_PROGRESS (or PENDING, ROLLBACK_IN_PROGRESS...), newest first.</summary>
    Task<IReadOnlyList<string>> FindInProgressAsync(string cluster, string service, CancellationToken cancellationToken = default);
}
