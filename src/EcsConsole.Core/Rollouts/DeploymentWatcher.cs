using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Inventory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Rollouts;

/// <summary>Keeps one <see cref="DeploymentMonitor"/> per watched deployment, counting its viewers; see <see cref="IDeploymentWatcher"/>.</summary>
internal sealed class DeploymentWatcher(
    IEcsClient ecs,
    DeploymentSideReader side,
    IOptions<DeploymentMonitorOptions> options,
    AwsConnection connection,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IDeploymentWatcher, IAsyncDisposable
{
    private static readonly string[] Running = ["PENDING", "IN_PROGRESS", "STOP_REQUESTED", "ROLLBACK_REQUESTED", "ROLLBACK_IN_PROGRESS"];
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Monitors currently polling.</summary>
    internal int ActiveCount
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public MonitorLease<IDeploymentMonitor> Watch(string cluster, string service, string deploymentArn)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(deploymentArn, out entry!))
            {
                var monitor = new DeploymentMonitor(cluster, service, deploymentArn, ecs, side, options.Value, connection, timeProvider,
                    loggerFactory.CreateLogger<DeploymentMonitor>());
                entry = new Entry(monitor);
                _entries[deploymentArn] = entry;
                monitor.Start();
            }
            entry.Viewers++;
        }
        return new MonitorLease<IDeploymentMonitor>(entry.Monitor, () => ReleaseAsync(deploymentArn));
    }

    public async Task<IReadOnlyList<string>> FindInProgressAsync(string cluster, string service, CancellationToken cancellationToken = default)
    {
        var found = new List<string>();
        var request = new ListServiceDeploymentsRequest { Cluster = cluster, Service = service, Status = Running };
        await foreach (var brief in ecs.ListServiceDeploymentsAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (brief.ServiceDeploymentArn is not null)
            {
                found.Add(brief.ServiceDeploymentArn);
            }
        }
        return found;
    }

    private async ValueTask ReleaseAsync(string deploymentArn)
    {
        Entry? stopped = null;
        lock (_gate)
        {
            if (_entries.TryGetValue(deploymentArn, out var entry) && --entry.Viewers == 0)
            {
                _entries.Remove(deploymentArn);
                stopped = entry;
            }
        }
        // Outside the lock: stopping waits for a poll in flight.
        if (stopped is not null)
        {
            await stopped.Monitor.StopAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Entry> all;
        lock (_gate)
        {
            all = [.. _entries.Values];
            _entries.Clear();
        }
        foreach (var entry in all)
        {
            await entry.Monitor.StopAsync().ConfigureAwait(false);
        }
    }

    private sealed class Entry(DeploymentMonitor monitor)
    {
        public DeploymentMonitor Monitor { get; } = monitor;

        public int Viewers { get; set; }
    }
}
