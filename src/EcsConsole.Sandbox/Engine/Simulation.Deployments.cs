using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine;

internal sealed partial class Simulation
{
    private const string SupersededReason = "Service deployment stopped because a newer service deployment was started.";

    /// <summary>
    /// Makes a new PRIMARY deployment of <paramref name="taskDefinitionArn"/>; the previous primary keeps its tasks as ACTIVE
    /// until replaced. A rollback passes the revision it returns to and is not a service deployment of its own.
    /// </summary>
    public DeploymentState StartDeployment(ServiceState service, string taskDefinitionArn, DateTimeOffset now, DeploymentState? rollsBack = null, string? revisionArn = null)
    {
        var sources = service.Deployments.Where(d => d.Status is "PRIMARY" or "ACTIVE").Select(d => d.ServiceRevisionArn).Distinct().ToList();
        foreach (var existing in service.Deployments.Where(d => d.Status == "PRIMARY"))
        {
            existing.Status = "ACTIVE";
            existing.UpdatedAt = now;
            if (existing.Staged is { Phase: not RolloutPhase.Done } superseded)
            {
                superseded.Phase = RolloutPhase.Halted;
            }
            var record = existing.RollsBack ?? existing;
            if (record != rollsBack && record.DeploymentStatus is "IN_PROGRESS" or "ROLLBACK_IN_PROGRESS")
            {
                record.DeploymentStatus = "STOPPED";
                record.DeploymentStatusReason = SupersededReason;
                record.StoppedAt = now;
                record.FinishedAt = now;
            }
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
            RolloutStateReason = "",
            RollsBack = rollsBack,
            ServiceRevisionArn = revisionArn ?? NewRevision(service, taskDefinitionArn, now).Arn,
            SourceRevisionArns = sources,
            Configuration = service.DeploymentConfiguration,
            TargetGroupArn = service.ProductionTargetGroupArn,
        };

        // A rollback returns to blue the rolling way; only a service deployment of its own runs the staged strategies.
        if (rollsBack is null && service.DeploymentConfiguration.ShiftsTraffic && service.AdvancedConfiguration is not null)
        {
            deployment.TargetGroupArn = service.StandbyTargetGroupArn;
            deployment.Staged = new StagedRolloutState { PhaseEnteredAt = now, PhaseSequence = 1 };
        }

        deployment.RolloutStateReason = $"ECS deployment {deployment.Id} in progress.";
        if (rollsBack is null)
        {
            deployment.ServiceDeploymentArn = Arns.ServiceDeployment(ArnFactory.LastSegment(service.ClusterArn), service.Name, Ids.Alphanumeric(21));
            service.DeploymentHistory.Insert(0, deployment);
            if (service.DeploymentHistory.Count > ServiceState.HistoryCap)
            {
                service.DeploymentHistory.RemoveRange(ServiceState.HistoryCap, service.DeploymentHistory.Count - ServiceState.HistoryCap);
            }
        }

        service.Deployments.Insert(0, deployment);
        service.TaskDefinitionArn = taskDefinitionArn;

        // Revisions live as long as some remembered deployment refers to them, so a long demo does not grow without bound.
        service.Revisions.RemoveAll(r =>
            !service.DeploymentHistory.Any(d => d.ServiceRevisionArn == r.Arn || d.RollbackRevisionArn == r.Arn)
            && !service.Deployments.Any(d => d.ServiceRevisionArn == r.Arn));
        service.SteadyStateReportedAt = null;
        return deployment;
    }

    /// <summary>Marks a deployment done: the service deployment it is, or the one it rolled back, succeeded.</summary>
    public static void CompleteDeployment(DeploymentState deployment, DateTimeOffset now)
    {
        var record = deployment.RollsBack ?? deployment;
        record.DeploymentStatus = deployment.RollsBack is null ? "SUCCESSFUL" : "ROLLBACK_SUCCESSFUL";
        record.DeploymentStatusReason = deployment.RollsBack is null ? "Service deployment completed." : "Service deployment rolled back successfully.";
        record.FinishedAt = now;
    }

    /// <summary>Rolls an in-progress deployment back to the newest revision that deployed successfully before it.</summary>
    public bool RollBack(ClusterState cluster, ServiceState service, DeploymentState failed, string reason, DateTimeOffset now)
    {
        var stable = service.DeploymentHistory.FirstOrDefault(d => d.CreatedAt < failed.CreatedAt && d.DeploymentStatus is "SUCCESSFUL" or "ROLLBACK_SUCCESSFUL");
        if (stable is null)
        {
            return false;
        }

        var revision = stable.DeploymentStatus == "SUCCESSFUL" ? stable.ServiceRevisionArn : stable.RollbackRevisionArn ?? stable.ServiceRevisionArn;
        var taskDefinition = service.Revisions.First(r => r.Arn == revision).TaskDefinitionArn;
        failed.DeploymentStatus = "ROLLBACK_IN_PROGRESS";
        failed.DeploymentStatusReason = reason;
        failed.RollbackStartedAt = now;
        failed.RollbackReason = reason;
        failed.RollbackRevisionArn = revision;
        var rollback = StartDeployment(service, taskDefinition, now, rollsBack: failed, revisionArn: revision);
        rollback.RolloutStateReason = $"ECS deployment circuit breaker: rolling back to deploymentId {stable.Id}.";
        AddEvent(service, now, $"rolling back to deployment {stable.Id}.");
        foreach (var task in cluster.Tasks.Where(t => t.DeploymentId == failed.Id && t.IsAlive && t.LastStatus != "RUNNING").ToList())
        {
            BeginStop(cluster, task, now, "ServiceSchedulerInitiated", $"Scaling activity initiated by (deployment {rollback.Id})", countsAsFailure: false);
        }

        return true;
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
        var breaker = deployment.Configuration.CircuitBreaker;
        if (breaker.Enable && deployment.Status == "PRIMARY" && deployment.FailedTasks >= breaker.Threshold(service.DesiredCount))
        {
            TripCircuitBreaker(cluster, service, deployment, now);
        }
    }

    private void TripCircuitBreaker(ClusterState cluster, ServiceState service, DeploymentState failed, DateTimeOffset now)
    {
        failed.RolloutState = "FAILED";
        failed.RolloutStateReason = "ECS deployment circuit breaker: tasks failed to start.";
        failed.UpdatedAt = now;
        AddEvent(service, now, $"(deployment {failed.Id}) deployment failed: tasks failed to start.");
        const string RolledBack = "Service deployment rolled back because the circuit breaker threshold was exceeded.";
        if (failed.Staged is not null && failed.Configuration.CircuitBreaker.Rollback)
        {
            RollBackStaged(cluster, service, failed, RolledBack, now, abort: false);
            return;
        }

        if (failed.Staged is not null)
        {
            failed.Staged.Phase = RolloutPhase.Halted;
        }

        var record = failed.RollsBack ?? failed;
        if (failed.Configuration.CircuitBreaker.Rollback && failed.RollsBack is null && RollBack(cluster, service, failed, RolledBack, now))
        {
            return;
        }

        record.DeploymentStatus = failed.RollsBack is null ? "STOPPED" : "ROLLBACK_FAILED";
        record.DeploymentStatusReason = "Service deployment stopped because the circuit breaker threshold was exceeded.";
        record.StoppedAt = now;
        record.FinishedAt = now;
    }

    private ServiceRevisionState NewRevision(ServiceState service, string taskDefinitionArn, DateTimeOffset now)
    {
        var definition = State.FindTaskDefinition(taskDefinitionArn);
        var images = (definition?.Containers ?? []).Select(c => new ContainerImageState(c.Name, c.Image, Registry.LookUpDigest(c.Image))).ToList();
        var revision = new ServiceRevisionState(Arns.ServiceRevision(ArnFactory.LastSegment(service.ClusterArn), service.Name, Ids.Digits(19)), taskDefinitionArn, now, images);
        service.Revisions.Add(revision);
        return revision;
    }
}
