using EcsConsole.Sandbox.Engine.AutoScaling;
using EcsConsole.Sandbox.Engine.Ecr;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Engine;

/// <summary>
/// The sandbox over time, one simulated second a step: the registry (<see cref="Registry"/>) and Auto Scaling
/// (<see cref="AutoScaling"/>) advance first, then ECS here: tasks move through their states (Simulation.Lifecycle,
/// .Launch), services are kept at their desired count (.Scheduler, placing with <see cref="Placer"/>) and deployments
/// roll out (.Deployments, .StagedRollouts, .StagedRollbacks, .LifecycleHooks, .DeploymentAlarms). Not thread-safe: <see cref="SandboxEngine"/> calls it under its lock.
/// </summary>
internal sealed partial class Simulation
{
    private readonly double _failuresPerTaskHour;

    public Simulation(SandboxState state, ArnFactory arns, SandboxIds ids, TaskTimings timings, double failuresPerTaskHour, TimeSpan? pipelinePushInterval)
    {
        State = state;
        Arns = arns;
        Ids = ids;
        Timings = timings;
        _failuresPerTaskHour = failuresPerTaskHour;
        Registry = new RegistrySimulation(state, arns, ids, pipelinePushInterval);
        AutoScaling = new AutoScalingSimulation(state, arns, ids,
            (cluster, task, now, stopCode, reason) => BeginStop(cluster, task, now, stopCode, reason, countsAsFailure: false));
        Placer = new TaskPlacer(state, arns);
    }

    /// <summary>ECS repeats the steady-state event every six hours while nothing changes.</summary>
    private static readonly TimeSpan SteadyStateRepeat = TimeSpan.FromHours(6);

    public SandboxState State { get; }

    public ArnFactory Arns { get; }

    public SandboxIds Ids { get; }

    public TaskTimings Timings { get; }

    /// <summary>The ECR registry: pushes, the simulated pipeline, and the images tasks pull.</summary>
    public RegistrySimulation Registry { get; }

    /// <summary>EC2 Auto Scaling groups' instances booting, joining their cluster and being terminated.</summary>
    public AutoScalingSimulation AutoScaling { get; }

    /// <summary>Each service's load over time, from which CloudWatch's metrics are derived.</summary>
    public Metrics.LoadHistory LoadHistory { get; } = new();

    /// <summary>Where a new task goes.</summary>
    public TaskPlacer Placer { get; }

    /// <summary>Advances everything to <paramref name="now"/>, one simulated second after the other.</summary>
    public void Step(DateTimeOffset now)
    {
        Registry.Step(now);
        AutoScaling.Step(now);
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

        LoadHistory.Record(State, now);
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
        if (_failuresPerTaskHour <= 0)
        {
            return;
        }

        var chancePerSecond = _failuresPerTaskHour / 3600;
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
