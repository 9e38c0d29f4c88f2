using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine;

internal sealed partial class Simulation
{
    /// <summary>
    /// Undoes a staged deployment the way ECS does: blue still runs, so production and test traffic go back to it at once,
    /// blue becomes PRIMARY again and the scheduler scales green down. Once green is gone the service deployment is
    /// ROLLBACK_SUCCESSFUL (or STOPPED for an ABORT). In clean-up, blue is already going away: then the rollback is a
    /// rolling one to the last successful revision.
    /// </summary>
    public void RollBackStaged(ClusterState cluster, ServiceState service, DeploymentState green, string reason, DateTimeOffset now, bool abort)
    {
        var rollout = green.Staged!;
        green.RolloutState = "FAILED";
        green.RolloutStateReason = reason;
        green.UpdatedAt = now;
        var blue = service.Deployments.FirstOrDefault(d => d != green && d.Status == "ACTIVE" && cluster.Tasks.Any(t => t.DeploymentId == d.Id && t.IsAlive));
        if (rollout.Phase == RolloutPhase.CleanUp || blue is null)
        {
            if (rollout.Phase == RolloutPhase.CleanUp)
            {
                service.ProductionTargetGroupArn = green.TargetGroupArn;
            }

            rollout.Phase = RolloutPhase.Halted;
            if (abort || !RollBack(cluster, service, green, reason, now))
            {
                StopRecord(green, reason, now);
            }

            return;
        }

        rollout.ProductionTrafficPercent = 0;
        rollout.TestTrafficPercent = 0;
        rollout.Phase = RolloutPhase.Done;
        green.Status = "ACTIVE";
        service.Deployments.Remove(blue);
        blue.Status = "PRIMARY";
        blue.UpdatedAt = now;
        service.Deployments.Insert(0, blue);
        service.TaskDefinitionArn = blue.TaskDefinitionArn;
        service.SteadyStateReportedAt = null;
        green.DeploymentStatus = abort ? "STOP_REQUESTED" : "ROLLBACK_IN_PROGRESS";
        green.DeploymentStatusReason = reason;
        if (!abort)
        {
            green.RollbackStartedAt = now;
            green.RollbackReason = reason;
            green.RollbackRevisionArn = blue.ServiceRevisionArn;
        }

        AddEvent(service, now, $"(deployment {green.Id}) production and test traffic returned to (target-group {service.ProductionTargetGroupArn}).");
        AddEvent(service, now, abort ? $"(deployment {green.Id}) deployment stopped; scaling down its tasks." : $"rolling back to deployment {blue.Id}.");
    }

    /// <summary>A staged deployment that returned traffic to blue is done once its green tasks have stopped.</summary>
    private void FinishStagedRollbacks(ClusterState cluster, ServiceState service, DateTimeOffset now)
    {
        foreach (var green in service.Deployments.Where(d => d.Staged?.Phase == RolloutPhase.Done && d.Status != "PRIMARY" && d.DeploymentStatus is "ROLLBACK_IN_PROGRESS" or "STOP_REQUESTED"))
        {
            if (cluster.Tasks.Any(t => t.DeploymentId == green.Id && t.LastStatus != "STOPPED"))
            {
                continue;
            }

            if (green.DeploymentStatus == "STOP_REQUESTED")
            {
                StopRecord(green, green.DeploymentStatusReason ?? "Service deployment stopped on request.", now);
                AddEvent(service, now, $"(deployment {green.Id}) deployment stopped.");
            }
            else
            {
                green.DeploymentStatus = "ROLLBACK_SUCCESSFUL";
                green.DeploymentStatusReason = "Service deployment rolled back successfully.";
                green.FinishedAt = now;
                AddEvent(service, now, $"(deployment {green.Id}) deployment rolled back.");
            }
        }
    }

    private static void StopRecord(DeploymentState deployment, string reason, DateTimeOffset now)
    {
        deployment.DeploymentStatus = "STOPPED";
        deployment.DeploymentStatusReason = reason;
        deployment.StoppedAt = now;
        deployment.FinishedAt = now;
    }
}
