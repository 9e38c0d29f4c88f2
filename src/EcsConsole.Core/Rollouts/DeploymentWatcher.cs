using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Rollouts;

/// <summary>Keeps one <see cref="DeploymentMonitor"/> per watched deployment, counting its viewers; see <see cref="IDeploymentWatcher"/>.</summary>
internal sealed class DeploymentWatcher(
    IEcsClient ecs,
    IConnectionCapabilities capabilities,
    DeploymentSideReader side,
    IOptions<DeploymentMonitorOptions> options,
    AwsConnection connection,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IDeploymentWatcher, IAsyncDisposable
{
    private static readonly string[] Running = ["PENDING", "IN_PROGRESS", "STOP_REQUESTED", "ROLLBACK_REQUESTED", "ROLLBACK_IN_PROGRESS"];
    private readonly SharedMonitors<DeploymentMonitor> _monitors = SharedMonitors.Polled<DeploymentMonitor>();

    /// <summary>Monitors currently polling.</summary>
    internal int ActiveCount => _monitors.ActiveCount;

    public MonitorLease<IDeploymentMonitor> Watch(string cluster, string service, string deploymentArn) =>
        _monitors.Acquire<IDeploymentMonitor>($"{PolledMonitor.ConnectionKey(connection.Current)}/{deploymentArn}", () => new DeploymentMonitor(
            cluster, service, deploymentArn, ecs, capabilities, side, options.Value, connection, timeProvider, loggerFactory.CreateLogger<DeploymentMonitor>()));

    public async Task<IReadOnlyList<string>> FindInProgressAsync(string cluster, string service, CancellationToken cancellationToken = default)
    {
        if (!capabilities.ShouldTry("ECS", "ListServiceDeployments"))
        {
            return await InProgressListedAsync(cluster, service, cancellationToken);
        }
        try
        {
            return await InProgressServiceDeploymentsAsync(cluster, service, cancellationToken);
        }
        catch (AwsServiceException ex) when (ex.Operation == "ListServiceDeployments" && capabilities.Learn(ex, DeploymentHistory.Fallback))
        {
            return await InProgressListedAsync(cluster, service, cancellationToken);
        }
    }

    // Derived: the ids of the listed deployments still rolling out, newest first.
    private async Task<IReadOnlyList<string>> InProgressListedAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        var response = await ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = cluster, Services = [service] }, cancellationToken);
        return [.. (response.Services?.FirstOrDefault(s => s.Status != "INACTIVE")?.Deployments ?? [])
            .Where(d => d.Id is not null && DerivedDeployments.Outcome(d) is null)
            .OrderByDescending(d => d.CreatedAt ?? DateTimeOffset.MinValue)
            .Select(d => d.Id!)];
    }

    private async Task<IReadOnlyList<string>> InProgressServiceDeploymentsAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        var request = new ListServiceDeploymentsRequest { Cluster = cluster, Service = service, Status = Running };
        await foreach (var brief in ecs.ListServiceDeploymentsAsync(request, cancellationToken))
        {
            if (brief.ServiceDeploymentArn is not null)
            {
                found.Add(brief.ServiceDeploymentArn);
            }
        }
        capabilities.Worked("ECS", "ListServiceDeployments");
        return found;
    }

    public ValueTask DisposeAsync() => _monitors.DisposeAsync();
}
