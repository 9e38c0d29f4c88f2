using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Seed;

internal sealed partial class SandboxSeeder
{
    private void SeedService(ClusterState cluster, SeedApplication application, TaskDefinitionState definition, int desired, IReadOnlyList<SeedSubnet> subnets, string securityGroup)
    {
        var createdAt = now - TimeSpan.FromDays(60) + TimeSpan.FromMinutes(Ids.Random.Next(0, 600));
        var service = new ServiceState
        {
            Name = application.Name,
            Arn = Arns.Service(cluster.Name, application.Name),
            ClusterArn = cluster.Arn,
            DesiredCount = desired,
            CapacityProviderStrategy = cluster.DefaultCapacityProviderStrategy,
            PlatformVersion = cluster.LaunchType == "FARGATE" ? "LATEST" : null,
            TaskDefinitionArn = definition.Arn,
            CreatedAt = createdAt,
            CreatedBy = Arns.Role("ecs-admin"),
            Subnets = subnets.Select(s => s.Id).ToList(),
            SecurityGroups = [securityGroup],
            TargetGroupArn = Arns.TargetGroup($"{cluster.Name}-{application.Name}", Ids.Hex(16)),
            LoadBalancerContainerName = application.Name,
            LoadBalancerContainerPort = 8080,
            Tags = new() { ["team"] = application.Name, ["environment"] = cluster.Name },
            // ECS Exec is on for prod users, so the console's shell has a production service to open into.
            EnableExecuteCommand = cluster.Name == "prod" && application.Name == "users",
        };
        cluster.Services.Add(service);

        // The revision before this one was deployed earlier; it is history by now, without tasks.
        var previous = State.TaskDefinitions.FirstOrDefault(t => t.Family == definition.Family && t.Revision == definition.Revision - 1);
        if (previous is not null)
        {
            var earlier = simulation.StartDeployment(service, previous.Arn, previous.RegisteredAt + TimeSpan.FromHours(2));
            CompleteSeeded(earlier, earlier.CreatedAt + TimeSpan.FromMinutes(1));
        }

        var deployedAt = definition.RegisteredAt + TimeSpan.FromHours(2);
        var deployment = simulation.StartDeployment(service, definition.Arn, deployedAt);
        foreach (var drained in service.Deployments.Where(d => d != deployment).ToList())
        {
            drained.Status = "INACTIVE";
            service.Deployments.Remove(drained);
        }

        var started = new List<TaskState>();
        for (var i = 0; i < desired; i++)
        {
            started.Add(StartSeededTask(cluster, service, deployment, deployedAt));
        }

        var runningAt = deployedAt + TimeSpan.FromSeconds(20);
        var steadyAt = runningAt + TimeSpan.FromSeconds(40);
        CompleteSeeded(deployment, steadyAt);
        simulation.AddEvent(service, deployedAt, $"has started {started.Count} tasks: {string.Join(" ", started.Select(t => $"(task {t.Id})"))}.");
        simulation.AddEvent(service, runningAt, $"registered {started.Count} targets in (target-group {service.TargetGroupArn})");
        simulation.AddEvent(service, steadyAt, $"(deployment {deployment.Id}) deployment completed.");
        simulation.AddEvent(service, steadyAt, "has reached a steady state.");

        // ECS repeats the steady-state event every six hours; the newest one is within the last six.
        var lastSteady = now - TimeSpan.FromMinutes(Ids.Random.Next(5, 355));
        simulation.AddEvent(service, lastSteady, "has reached a steady state.");
        service.SteadyStateReportedAt = lastSteady;
    }

    private static void CompleteSeeded(DeploymentState deployment, DateTimeOffset at)
    {
        deployment.RolloutState = "COMPLETED";
        deployment.RolloutStateReason = $"ECS deployment {deployment.Id} completed.";
        deployment.UpdatedAt = at;
        Simulation.CompleteDeployment(deployment, at);
    }

    private TaskState StartSeededTask(ClusterState cluster, ServiceState service, DeploymentState deployment, DateTimeOffset deployedAt)
    {
        var request = TaskRequest.ForService(service, deployment, State.FindTaskDefinition(deployment.TaskDefinitionArn)!);
        var placement = simulation.Placer.Place(cluster, request);
        var task = simulation.LaunchTask(cluster, request, placement, deployedAt);
        task.PullStartedAt = deployedAt + simulation.Timings.Provisioning(task.LaunchType);
        task.PullStoppedAt = task.PullStartedAt + simulation.Timings.Pull(task.LaunchType);
        task.ConnectivityAt = task.PullStartedAt;
        task.StartedAt = task.PullStoppedAt + simulation.Timings.Activating;
        task.LastStatus = "RUNNING";
        task.HealthStatus = "HEALTHY";
        task.HealthyAt = task.StartedAt + task.HealthCheckStartPeriod;
        task.Version = 5;
        foreach (var container in task.Containers)
        {
            container.LastStatus = "RUNNING";
            container.RuntimeId = $"{task.Id}-{Ids.Digits(10)}";
            container.HealthStatus = container.HealthStatus is null ? null : "HEALTHY";
        }

        return task;
    }
}
