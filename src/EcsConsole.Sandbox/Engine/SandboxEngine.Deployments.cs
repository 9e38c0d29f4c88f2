namespace EcsConsole.Sandbox.Engine;

public sealed partial class SandboxEngine
{
    /// <summary>
    /// Stops an in-progress service deployment by rolling it back to the last revision that deployed successfully, as ECS
    /// StopServiceDeployment with stopType ROLLBACK. Returns the service deployment's ARN.
    /// </summary>
    public string StopServiceDeployment(string serviceDeploymentArn, string stopType = "ROLLBACK") =>
        Write((sim, now) =>
        {
            if (stopType != "ROLLBACK")
            {
                throw SandboxErrors.InvalidParameter("The sandbox stops rolling deployments by ROLLBACK only; ABORT applies to blue/green deployments.");
            }

            var (cluster, service, deployment) = FindServiceDeployment(sim.State, serviceDeploymentArn)
                ?? throw new SandboxApiException("ServiceDeploymentNotFoundException", $"The service deployment {serviceDeploymentArn} was not found.");
            if (deployment.DeploymentStatus != "IN_PROGRESS" || deployment.Status != "PRIMARY")
            {
                throw new SandboxApiException("ConflictException", $"The service deployment is {deployment.DeploymentStatus} and cannot be stopped.");
            }

            deployment.RolloutState = "FAILED";
            deployment.RolloutStateReason = "Service deployment rolled back because of a stop request.";
            if (!sim.RollBack(cluster, service, deployment, "Service deployment rolled back because of a stop request.", now))
            {
                throw new SandboxApiException("ConflictException", "There is no earlier successful service revision to roll back to.");
            }

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
