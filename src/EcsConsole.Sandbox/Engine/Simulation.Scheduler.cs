using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine;

internal sealed partial class Simulation
{
    /// <summary>
    /// The ECS service scheduler for one service: starts tasks of the primary deployment up to the desired count (within
    /// maximumPercent), stops tasks of older deployments while minimumHealthyPercent allows, and reports progress as events.
    /// </summary>
    private void Reconcile(ClusterState cluster, ServiceState service, DateTimeOffset now)
    {
        if (service.Status != "ACTIVE" || service.Primary is not { } primary)
        {
            return;
        }

        FinishStagedRollbacks(cluster, service, now);
        if (AlarmTripped(cluster, service, primary, now))
        {
            return;
        }

        if (primary.Staged is { Phase: not (RolloutPhase.Done or RolloutPhase.Halted) } && primary.RolloutState == "IN_PROGRESS")
        {
            // Blue keeps all its tasks until clean-up; the staged rollout decides what runs.
            AdvanceStaged(cluster, service, primary, now);
            RetireDrainedDeployments(cluster, service, now);
            return;
        }

        var desired = service.DesiredCount;
        var alive = cluster.Tasks.Where(t => t.ServiceName == service.Name && t.IsAlive).ToList();
        var maxTotal = Math.Max(desired, desired * service.MaximumPercent / 100);
        var primaryAlive = alive.Count(t => t.DeploymentId == primary.Id);
        if (primaryAlive < desired && primary.RolloutState != "FAILED")
        {
            var toStart = Math.Min(desired - primaryAlive, maxTotal - alive.Count);
            if (toStart > 0)
            {
                StartServiceTasks(cluster, service, primary, toStart, now);
            }
        }

        StopSurplusTasks(cluster, service, primary, now);
        RetireDrainedDeployments(cluster, service, now);
        ReportProgress(cluster, service, primary, now);
    }

    private void StartServiceTasks(ClusterState cluster, ServiceState service, DeploymentState deployment, int count, DateTimeOffset now)
    {
        var started = new List<TaskState>();
        var request = TaskRequest.ForService(service, deployment, State.FindTaskDefinition(deployment.TaskDefinitionArn)!);
        for (var i = 0; i < count; i++)
        {
            var placement = Placer.Place(cluster, request);
            if (placement.Failure is not null)
            {
                ReportPlacementFailure(service, placement.Failure, now);
                break;
            }

            started.Add(LaunchTask(cluster, request, placement, now));
        }

        if (started.Count > 0)
        {
            service.SteadyStateReportedAt = null;
            AddEvent(service, now, $"has started {started.Count} tasks: {TaskList(started)}.");
        }
    }

    private void ReportPlacementFailure(ServiceState service, string failure, DateTimeOffset now)
    {
        // ECS repeats a placement failure only every few minutes rather than on every scheduling attempt.
        var message = $"(service {service.Name}) {failure}";
        var last = service.Events.FirstOrDefault(e => e.Message == message);
        if (last is null || now - last.CreatedAt >= TimeSpan.FromMinutes(5))
        {
            AddEvent(service, now, failure);
        }
    }

    private void StopSurplusTasks(ClusterState cluster, ServiceState service, DeploymentState primary, DateTimeOffset now)
    {
        var alive = cluster.Tasks.Where(t => t.ServiceName == service.Name && t.IsAlive).ToList();
        var minHealthy = (int)Math.Ceiling(service.DesiredCount * service.MinimumHealthyPercent / 100.0);
        var healthy = alive.Count(IsHealthy);
        var toStop = new List<TaskState>();

        // Unhealthy tasks of older deployments go first: stopping them never lowers the healthy count.
        foreach (var task in alive.Where(t => t.DeploymentId != primary.Id).OrderBy(t => IsHealthy(t)).ThenBy(t => t.CreatedAt))
        {
            if (!IsHealthy(task))
            {
                toStop.Add(task);
            }
            else if (healthy - 1 >= minHealthy)
            {
                toStop.Add(task);
                healthy--;
            }
        }

        var primaryTasks = alive.Where(t => t.DeploymentId == primary.Id).ToList();
        var surplus = primaryTasks.Count - service.DesiredCount;
        if (surplus > 0)
        {
            // Scale in: not-yet-running tasks first, then the newest.
            toStop.AddRange(primaryTasks.OrderBy(t => IsHealthy(t)).ThenByDescending(t => t.CreatedAt).Take(surplus));
        }

        if (toStop.Count == 0)
        {
            return;
        }

        var running = toStop.Where(t => t.LastStatus == "RUNNING").ToList();
        if (running.Count > 0)
        {
            AddEvent(service, now, $"has stopped {running.Count} running tasks: {TaskList(running)}.");
        }

        foreach (var task in toStop)
        {
            BeginStop(cluster, task, now, "ServiceSchedulerInitiated", $"Scaling activity initiated by (deployment {primary.Id})", countsAsFailure: false);
        }
    }

    private void RetireDrainedDeployments(ClusterState cluster, ServiceState service, DateTimeOffset now)
    {
        foreach (var deployment in service.Deployments.Where(d => d.Status == "ACTIVE"))
        {
            // A deployment is done once its last task has actually stopped, not merely been told to.
            if (!cluster.Tasks.Any(t => t.DeploymentId == deployment.Id && t.LastStatus != "STOPPED"))
            {
                deployment.Status = "INACTIVE";
                deployment.UpdatedAt = now;
            }
        }

        // ECS drops inactive deployments from DescribeServices shortly after they drain.
        service.Deployments.RemoveAll(d => d.Status == "INACTIVE" && now - d.UpdatedAt >= TimeSpan.FromMinutes(5));
    }

    private void ReportProgress(ClusterState cluster, ServiceState service, DeploymentState primary, DateTimeOffset now)
    {
        var alive = cluster.Tasks.Where(t => t.ServiceName == service.Name && t.IsAlive).ToList();
        var primaryHealthy = alive.Count(t => t.DeploymentId == primary.Id && IsHealthy(t));
        var othersActive = service.Deployments.Any(d => d.Status == "ACTIVE");
        if (primary.RolloutState == "IN_PROGRESS" && primaryHealthy == service.DesiredCount && !othersActive)
        {
            primary.RolloutState = "COMPLETED";
            primary.RolloutStateReason = $"ECS deployment {primary.Id} completed.";
            primary.UpdatedAt = now;
            CompleteDeployment(primary, now);
            AddEvent(service, now, $"(deployment {primary.Id}) deployment completed.");
        }

        var draining = cluster.Tasks.Any(t => t.ServiceName == service.Name && !t.IsAlive && t.LastStatus != "STOPPED");
        var steady = primaryHealthy == service.DesiredCount && alive.Count == service.DesiredCount && !othersActive && !draining;
        if (!steady)
        {
            service.SteadyStateReportedAt = null;
            return;
        }

        if (service.SteadyStateReportedAt is null || now - service.SteadyStateReportedAt >= SteadyStateRepeat)
        {
            service.SteadyStateReportedAt = now;
            AddEvent(service, now, "has reached a steady state.");
        }
    }

    /// <summary>Running, and healthy if it has a health check: what ECS counts against minimumHealthyPercent.</summary>
    public static bool IsHealthy(TaskState task) =>
        task.IsAlive && task.LastStatus == "RUNNING" && task.HealthStatus != "UNHEALTHY"
        && (task.HealthCheckStartPeriod is null || task.HealthStatus == "HEALTHY");
}
