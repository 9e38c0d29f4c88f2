using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Engine;

internal sealed partial class Simulation
{
    /// <summary>Moves a task through every state transition that is due by <paramref name="now"/>.</summary>
    private void AdvanceTask(ClusterState cluster, TaskState task, DateTimeOffset now)
    {
        if (task.LastStatus == "RUNNING")
        {
            AdvanceRunningTask(cluster, task, now);
            return;
        }

        if (task.LastStatus == "STOPPED" || now < task.NextTransitionAt)
        {
            return;
        }

        switch (task.LastStatus)
        {
            case "PROVISIONING" when task.DesiredStatus == "STOPPED":
                MoveTo(task, "DEPROVISIONING", now, Timings.Deprovisioning);
                break;
            case "PROVISIONING":
                task.PullStartedAt = now;
                MoveTo(task, "PENDING", now, Timings.Pull(task.LaunchType));
                break;
            case "PENDING":
                FinishPull(cluster, task, now);
                break;
            case "ACTIVATING":
                StartRunning(cluster, task, now);
                break;
            case "DEACTIVATING":
                MoveTo(task, "STOPPING", now, Timings.Stopping);
                break;
            case "STOPPING":
                foreach (var container in task.Containers.Where(c => c.LastStatus != "STOPPED"))
                {
                    container.LastStatus = "STOPPED";
                    container.ExitCode ??= container.RuntimeId is null ? null : 0;
                }

                task.ExecutionStoppedAt = now;
                MoveTo(task, "DEPROVISIONING", now, Timings.Deprovisioning);
                break;
            case "DEPROVISIONING":
                foreach (var container in task.Containers)
                {
                    container.LastStatus = "STOPPED";
                }

                task.ExecutionStoppedAt ??= now;
                task.StoppedAt = now;
                MoveTo(task, "STOPPED", now, TimeSpan.Zero);
                break;
        }
    }

    private void FinishPull(ClusterState cluster, TaskState task, DateTimeOffset now)
    {
        task.PullStoppedAt = now;
        if (task.DesiredStatus == "STOPPED")
        {
            MoveTo(task, "DEPROVISIONING", now, Timings.Deprovisioning);
            return;
        }

        if (task.PullError is not null)
        {
            foreach (var container in task.Containers)
            {
                container.LastStatus = "STOPPED";
                container.Reason = task.PullError;
            }

            BeginStop(cluster, task, now, "TaskFailedToStart", task.PullError, countsAsFailure: true);
            MoveTo(task, "DEPROVISIONING", now, Timings.Deprovisioning);
            return;
        }

        foreach (var container in task.Containers)
        {
            container.LastStatus = "RUNNING";
            container.RuntimeId = $"{task.Id}-{Ids.Digits(10)}";
        }

        if (task.TargetGroupArn is not null)
        {
            MoveTo(task, "ACTIVATING", now, Timings.Activating);
        }
        else
        {
            StartRunning(cluster, task, now);
        }
    }

    private void StartRunning(ClusterState cluster, TaskState task, DateTimeOffset now)
    {
        task.StartedAt = now;
        task.ConnectivityAt ??= now;
        MoveTo(task, "RUNNING", now, TimeSpan.Zero);
        if (task.ExitsAtStart)
        {
            task.ExitAt = now + Timings.BrokenImageExit;
        }

        if (task.HealthCheckStartPeriod is { } startPeriod)
        {
            task.HealthyAt = now + startPeriod;
        }

        var service = FindService(cluster, task);
        if (service is not null && task.TargetGroupArn is not null)
        {
            AddEvent(service, now, $"registered 1 targets in (target-group {task.TargetGroupArn})");
        }
    }

    private void AdvanceRunningTask(ClusterState cluster, TaskState task, DateTimeOffset now)
    {
        if (task.ExitAt is { } exitAt && now >= exitAt)
        {
            var essential = task.Containers[0];
            essential.LastStatus = "STOPPED";
            essential.ExitCode = 1;
            task.ExitAt = null;
            BeginStop(cluster, task, now, "EssentialContainerExited", "Essential container in task exited", countsAsFailure: true);
            return;
        }

        if (task.HealthyAt is { } healthyAt && now >= healthyAt && task.HealthStatus == "UNKNOWN")
        {
            task.HealthStatus = "HEALTHY";
            foreach (var container in task.Containers.Where(c => c.HealthStatus == "UNKNOWN"))
            {
                container.HealthStatus = "HEALTHY";
            }

            task.Version++;
        }
    }

    /// <summary>
    /// Asks a task to stop, as ECS does when the scheduler, a user or a failure stops it: a running task behind a load
    /// balancer first drains (DEACTIVATING), then its containers get SIGTERM (STOPPING), then its ENI goes (DEPROVISIONING).
    /// </summary>
    public void BeginStop(ClusterState cluster, TaskState task, DateTimeOffset now, string stopCode, string reason, bool countsAsFailure)
    {
        if (task.DesiredStatus == "STOPPED")
        {
            return;
        }

        task.DesiredStatus = "STOPPED";
        task.StopCode = stopCode;
        task.StoppedReason = reason;
        task.StoppingAt = now;
        task.Version++;
        var service = FindService(cluster, task);
        if (service is not null)
        {
            service.SteadyStateReportedAt = null;
            if (countsAsFailure)
            {
                CountFailedTask(cluster, service, task, now);
            }
        }

        if (task.LastStatus is "RUNNING" or "ACTIVATING")
        {
            if (task.TargetGroupArn is not null && task.LastStatus == "RUNNING")
            {
                if (service is not null)
                {
                    AddEvent(service, now, $"deregistered 1 targets in (target-group {task.TargetGroupArn})");
                }

                MoveTo(task, "DEACTIVATING", now, Timings.Draining);
            }
            else
            {
                var containersGone = task.Containers.All(c => c.LastStatus == "STOPPED");
                MoveTo(task, "STOPPING", now, containersGone ? TimeSpan.FromSeconds(1) : Timings.Stopping);
            }
        }
    }

    private static void MoveTo(TaskState task, string status, DateTimeOffset now, TimeSpan duration)
    {
        task.LastStatus = status;
        task.NextTransitionAt = now + duration;
        task.Version++;
    }
}
