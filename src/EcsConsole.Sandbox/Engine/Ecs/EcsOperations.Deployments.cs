namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed partial class EcsOperations
{
    /// <summary>
    /// Stops an in-progress service deployment, as ECS StopServiceDeployment. ROLLBACK returns to the previous revision:
    /// a staged (blue/green, linear, canary) deployment moves traffic back to blue at once, a rolling one rolls back to the
    /// last revision that deployed successfully. ABORT stops it where it is: a staged deployment still returns traffic to
    /// blue (green never served alone) and ends STOPPED; a rolling one stops replacing tasks. Returns the deployment's ARN.
    /// </summary>
    public string StopServiceDeployment(string serviceDeploymentArn, string stopType = "ROLLBACK") =>
        Write((sim, now) =>
        {
            var (cluster, service, deployment) = FindServiceDeployment(sim.State, serviceDeploymentArn)
                ?? throw new SandboxApiException("ServiceDeploymentNotFoundException", $"The service deployment {serviceDeploymentArn} was not found.");
            if (deployment.DeploymentStatus != "IN_PROGRESS" || deployment.Status != "PRIMARY")
            {
                throw new SandboxApiException("ConflictException", $"The service deployment is {deployment.DeploymentStatus} and cannot be stopped.");
            }

            var abort = stopType == "ABORT";
            var reason = abort ? "Service deployment stopped on request (ABORT)." : "Service deployment rolled back because of a stop request.";
            if (deployment.Staged is not null)
            {
                sim.RollBackStaged(cluster, service, deployment, reason, now, abort);
                return deployment.ServiceDeploymentArn;
            }

            deployment.RolloutState = "FAILED";
            deployment.RolloutStateReason = reason;
            if (abort)
            {
                deployment.DeploymentStatus = "STOPPED";
                deployment.DeploymentStatusReason = reason;
                deployment.StoppedAt = now;
                deployment.FinishedAt = now;
                sim.AddEvent(service, now, $"(deployment {deployment.Id}) deployment stopped.");
            }
            else if (!sim.RollBack(cluster, service, deployment, reason, now))
            {
                throw new SandboxApiException("ConflictException", "There is no earlier successful service revision to roll back to.");
            }

            return deployment.ServiceDeploymentArn;
        });

    /// <summary>
    /// Answers a PAUSE lifecycle hook that is waiting (AWAITING_ACTION), as ECS ContinueServiceDeployment: CONTINUE lets
    /// the deployment go on to its next stage, ROLLBACK returns traffic to blue. Returns the deployment's ARN.
    /// </summary>
    public string ContinueServiceDeployment(string serviceDeploymentArn, string hookId, string action = "CONTINUE") =>
        Write((sim, now) =>
        {
            var (cluster, service, deployment) = FindServiceDeployment(sim.State, serviceDeploymentArn)
                ?? throw new SandboxApiException("ServiceDeploymentNotFoundException", $"The service deployment {serviceDeploymentArn} was not found.");
            var run = deployment.Staged?.HookRuns.FirstOrDefault(r => r.HookId == hookId)
                ?? throw SandboxErrors.InvalidParameter($"The service deployment has no lifecycle hook with hookId {hookId}.");
            if (run.Status != "AWAITING_ACTION" || deployment.DeploymentStatus != "IN_PROGRESS" || deployment.Status != "PRIMARY")
            {
                throw SandboxErrors.Client($"The lifecycle hook {hookId} is {run.Status}, not AWAITING_ACTION; the service deployment is {deployment.DeploymentStatus}.");
            }

            sim.ContinueHook(cluster, service, deployment, run, rollBack: action == "ROLLBACK", now);
            return deployment.ServiceDeploymentArn;
        });

    /// <summary>Finds a service deployment by ARN in its service's history.</summary>
    public static (ClusterState Cluster, ServiceState Service, DeploymentState Deployment)? FindServiceDeployment(SandboxState state, string arn)
    {
        foreach (var cluster in state.Clusters)
        {
            foreach (var service in cluster.Services)
            {
                var deployment = service.DeploymentHistory.FirstOrDefault(d => d.ServiceDeploymentArn == arn);
                if (deployment is not null)
                {
                    return (cluster, service, deployment);
                }
            }
        }

        return null;
    }
}
