using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Engine;

/// <summary>
/// The ECS behaviour of the sandbox: moves tasks through their states, keeps services at their desired count
/// and rolls out deployments. Not thread-safe: <see cref="SandboxEngine"/> calls it under its lock.
/// </summary>
internal sealed partial class Simulation(SandboxState state, ArnFactory arns, SandboxIds ids, TaskTimings timings, double failuresPerTaskHour)
{
    /// <summary>ECS repeats the steady-state event every six hours while nothing changes.</summary>
    private static readonly TimeSpan SteadyStateRepeat = TimeSpan.FromHours(6);

    public SandboxState State { get; } = state;

    public ArnFactory Arns { get; } = arns;

    public SandboxIds Ids { get; } = ids;

    public TaskTimings Timings { get; } = timings;

    /// <summary>Advances everything to <paramref name="now"/>, one simulated second after the other.</summary>
    public void Step(DateTimeOffset now)
    {
        RunPipeline(now);
        StepAutoScaling(now);
        foreach (var cluster in State.Clusters)
        {
            foreach (var task in cluster.Tasks.ToList())
            {
                AdvanceTask(cluster, task, now);
            }

            FailRandomTasks(cluster, now);
            foreach (var service in cluster.Services)
            {
                Reconcile(cluster, service, now);
            }

            RetireDeletedServices(cluster, now);
            cluster.Tasks.RemoveAll(t => t.StoppedAt is { } stoppedAt && now - stoppedAt >= Timings.StoppedRetention);
        }
    }

    /// <summary>A deleted service is DRAINING until its last task stopped, then INACTIVE; ECS forgets it after about an hour.</summary>
    private void RetireDeletedServices(ClusterState cluster, DateTimeOffset now)
    {
        foreach (var service in cluster.Services.Where(s => s.Status == "DRAINING"))
        {
            if (!cluster.Tasks.Any(t => t.ServiceName == service.Name && t.LastStatus != "STOPPED"))
            {
                service.Status = "INACTIVE";
            }
        }

        cluster.Services.RemoveAll(s => s.Status == "INACTIVE" && s.DeletedAt is { } deletedAt && now - deletedAt >= Timings.StoppedRetention);
    }

    public void AddEvent(ServiceState service, DateTimeOffset now, string message)
    {
        service.Events.Insert(0, new ServiceEventState(Ids.Guid(), now, $"(service {service.Name}) {message}"));
        if (service.Events.Count > ServiceState.EventCap)
        {
            service.Events.RemoveRange(ServiceState.EventCap, service.Events.Count - ServiceState.EventCap);
        }
    }

    private void FailRandomTasks(ClusterState cluster, DateTimeOffset now)
    {
        if (failuresPerTaskHour <= 0)
        {
            return;
        }

        var chancePerSecond = failuresPerTaskHour / 3600;
        foreach (var task in cluster.Tasks.Where(t => t.ServiceName is not null && t.IsAlive && t.LastStatus == "RUNNING").ToList())
        {
            if (Ids.Random.NextDouble() >= chancePerSecond)
            {
                continue;
            }

            task.HealthStatus = "UNHEALTHY";
            foreach (var container in task.Containers.Where(c => c.HealthStatus is not null))
            {
                container.HealthStatus = "UNHEALTHY";
            }

            var service = FindService(cluster, task);
            if (service is not null)
            {
                AddEvent(service, now, $"(task {task.Id}) failed container health checks.");
            }

            BeginStop(cluster, task, now, "ServiceSchedulerInitiated", "Task failed container health checks", countsAsFailure: true);
        }
    }

    private static ServiceState? FindService(ClusterState cluster, TaskState task) =>
        task.ServiceName is null ? null : cluster.Services.FirstOrDefault(s => s.Name == task.ServiceName);

    private static string TaskList(IEnumerable<TaskState> tasks) => string.Join(" ", tasks.Select(t => $"(task {t.Id})"));
}
