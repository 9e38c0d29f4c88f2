using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.LoadBalancing;

namespace EcsConsole.Sandbox.Engine.Metrics;

/// <summary>
/// The load of every service over time, kept as changes (a new entry only when a count, weight or health changes), so a
/// quiet fleet costs nothing and CloudWatch can answer any minute of the retained week from it. Not persisted: a restored
/// sandbox starts its history anew and earlier minutes read as the first recorded load. Touched only under the engine's lock.
/// </summary>
public sealed class LoadHistory
{
    /// <summary>How far back changes are kept (CloudWatch keeps 1-minute data for 15 days; the console charts 7).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(8);

    private readonly Dictionary<string, List<(DateTimeOffset At, ServiceLoad Load)>> _byService = new(StringComparer.Ordinal);

    /// <summary>How often loads are sampled: CloudWatch's finest ECS and ELB period is a minute.</summary>
    public static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(5);

    private DateTimeOffset _nextSampleAt = DateTimeOffset.MinValue;

    /// <summary>Records each service's load now when it differs from the last recorded one (at most every <see cref="SampleInterval"/>).</summary>
    public void Record(SandboxState state, DateTimeOffset now)
    {
        if (now < _nextSampleAt)
        {
            return;
        }

        _nextSampleAt = now + SampleInterval;
        foreach (var cluster in state.Clusters)
        {
            // One pass over the cluster's tasks for all its services.
            var tasksByService = cluster.Tasks.Where(t => t.ServiceName is not null && t.LastStatus != "STOPPED").ToLookup(t => t.ServiceName!, StringComparer.Ordinal);
            foreach (var service in cluster.Services)
            {
                var load = Measure(service, tasksByService[service.Name]);
                if (!_byService.TryGetValue(service.Arn, out var changes))
                {
                    _byService[service.Arn] = changes = [];
                }

                if (changes.Count == 0 || changes[^1].Load != load)
                {
                    changes.Add((now, load));
                    Prune(changes, now);
                }
            }
        }
    }

    /// <summary>The service's load at <paramref name="at"/>: the last change before it, else the first recorded one; null when nothing was recorded.</summary>
    public ServiceLoad? At(string serviceArn, DateTimeOffset at)
    {
        if (!_byService.TryGetValue(serviceArn, out var changes) || changes.Count == 0)
        {
            return null;
        }

        var low = 0;
        var high = changes.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (changes[middle].At <= at)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return changes[low].Load;
    }

    /// <summary>The first load recorded for the service (its reference size); null when nothing was recorded.</summary>
    public ServiceLoad? First(string serviceArn) =>
        _byService.TryGetValue(serviceArn, out var changes) && changes.Count > 0 ? changes[0].Load : null;

    /// <summary>The load a service has now, from its tasks and its listener rule's weights.</summary>
    public static ServiceLoad Measure(ClusterState cluster, ServiceState service) =>
        Measure(service, cluster.Tasks.Where(t => t.ServiceName == service.Name && t.LastStatus != "STOPPED"));

    private static ServiceLoad Measure(ServiceState service, IEnumerable<TaskState> tasks)
    {
        int running = 0, pending = 0, mainHealthy = 0, mainTroubled = 0, alternateHealthy = 0, alternateTroubled = 0;
        var alternate = service.AdvancedConfiguration?.AlternateTargetGroupArn;
        foreach (var task in tasks)
        {
            if (task.LastStatus == "RUNNING")
            {
                running++;
            }
            else if (task.LastStatus is "PROVISIONING" or "PENDING" or "ACTIVATING")
            {
                pending++;
            }

            if (task.TargetGroupArn is null || task.LastStatus is not ("RUNNING" or "DEACTIVATING"))
            {
                continue;
            }

            // A broken image never passes the load balancer's health check; a draining replacement still answers.
            var troubled = task.ExitsAtStart || task.HealthStatus == "UNHEALTHY"
                || (task.LastStatus == "DEACTIVATING" && task.StopCode != "ServiceSchedulerInitiated");
            var main = task.TargetGroupArn == service.TargetGroupArn;
            if (!main && task.TargetGroupArn != alternate)
            {
                continue;
            }

            _ = troubled
                ? main ? mainTroubled++ : alternateTroubled++
                : main ? mainHealthy++ : alternateHealthy++;
        }

        int mainWeight = 0, alternateWeight = 0;
        if (service.TargetGroupArn is not null)
        {
            foreach (var (arn, weight) in LoadBalancerCatalog.Forward(service, test: false))
            {
                if (arn == service.TargetGroupArn)
                {
                    mainWeight = service.AdvancedConfiguration is null ? 100 : weight;
                }
                else if (arn == alternate)
                {
                    alternateWeight = weight;
                }
            }
        }

        var deployments = service.Deployments.Count(d => d.Status is "PRIMARY" or "ACTIVE");
        return new ServiceLoad(running, pending, service.DesiredCount, deployments, mainWeight, alternateWeight, mainHealthy, mainTroubled, alternateHealthy, alternateTroubled);
    }

    private static void Prune(List<(DateTimeOffset At, ServiceLoad Load)> changes, DateTimeOffset now)
    {
        // Keep the last change before the horizon: it is the load at the horizon.
        var horizon = now - Retention;
        var stale = changes.FindLastIndex(c => c.At < horizon);
        if (stale > 0)
        {
            changes.RemoveRange(0, stale);
        }
    }
}
