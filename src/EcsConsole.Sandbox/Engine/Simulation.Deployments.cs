namespace EcsConsole.Sandbox.Engine;

internal sealed partial class Simulation
{
    /// <summary>Makes a new PRIMARY deployment of <paramref name="taskDefinitionArn"/>; the previous primary keeps its tasks as ACTIVE until replaced.</summary>
    public DeploymentState StartDeployment(ServiceState service, string taskDefinitionArn, DateTimeOffset now)
    {
        foreach (var existing in service.Deployments.Where(d => d.Status == "PRIMARY"))
        {
            existing.Status = "ACTIVE";
            existing.UpdatedAt = now;
        }

        var deployment = new DeploymentState
        {
            Id = Ids.DeploymentId(),
            Status = "PRIMARY",
            TaskDefinitionArn = taskDefinitionArn,
            DesiredCount = service.DesiredCount,
            CreatedAt = now,
            UpdatedAt = now,
            RolloutState = "IN_PROGRESS",
            RolloutStateReason = "ECS deployment ecs-svc in progress.",
        };
        deployment.RolloutStateReason = $"ECS deployment {deployment.Id} in progress.";
        service.Deployments.Insert(0, deployment);
        service.TaskDefinitionArn = taskDefinitionArn;
        service.SteadyStateReportedAt = null;
        return deployment;
    }

    private void CountFailedTask(ClusterState cluster, ServiceState service, TaskState task, DateTimeOffset now)
    {
        var deployment = service.Deployments.FirstOrDefault(d => d.Id == task.DeploymentId);
        if (deployment is null || deployment.RolloutState != "IN_PROGRESS")
        {
            return;
        }

        deployment.FailedTasks++;
        deployment.UpdatedAt = now;
        if (service.CircuitBreakerEnable && deployment.Status == "PRIMARY" && deployment.FailedTasks >= CircuitBreakerThreshold(service.DesiredCount))
        {
            TripCircuitBreaker(cluster, service, deployment, now);
        }
    }

    /// <summary>Half the desired count, at least 3 and at most 200, as the ECS deployment circuit breaker documents.</summary>
    public static int CircuitBreakerThreshold(int desiredCount) => Math.Clamp((int)Math.Ceiling(desiredCount / 2.0), 3, 200);

    private void TripCircuitBreaker(ClusterState cluster, ServiceState service, DeploymentState failed, DateTimeOffset now)
    {
        failed.RolloutState = "FAILED";
        failed.RolloutStateReason = "ECS deployment circuit breaker: tasks failed to start.";
        failed.UpdatedAt = now;
        AddEvent(service, now, $"(deployment {failed.Id}) deployment failed: tasks failed to start.");
        if (!service.CircuitBreakerRollback)
        {
            return;
        }

        var stable = service.Deployments.FirstOrDefault(d => d != failed && d.RolloutState == "COMPLETED");
        if (stable is null)
        {
            return;
        }

        var rollback = StartDeployment(service, stable.TaskDefinitionArn, now);
        rollback.RolloutStateReason = $"ECS deployment circuit breaker: rolling back to deploymentId {stable.Id}.";
        AddEvent(service, now, $"rolling back to deployment {stable.Id}.");
        foreach (var task in cluster.Tasks.Where(t => t.DeploymentId == failed.Id && t.IsAlive && t.LastStatus != "RUNNING").ToList())
        {
            BeginStop(cluster, task, now, "ServiceSchedulerInitiated", $"Scaling activity initiated by (deployment {rollback.Id})", countsAsFailure: false);
        }
    }
}
