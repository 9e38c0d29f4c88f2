namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed partial class EcsOperations
{
    /// <summary>The deployment controller of an active service (ECS, CODE_DEPLOY), or null when there is no such service.</summary>
    public string? DeploymentControllerOf(string cluster, string service) =>
        Read(state => state.FindCluster(cluster)?.Services
            .FirstOrDefault(s => s.Name == ArnFactory.LastSegment(service) && s.Status == "ACTIVE")?.DeploymentController);

    /// <summary>True when the task definition (ARN or family:revision) is registered and active.</summary>
    public bool IsActiveTaskDefinition(string taskDefinition) =>
        Read(state => state.FindTaskDefinition(taskDefinition) is { Status: "ACTIVE" });

    /// <summary>
    /// Moves a CODE_DEPLOY-controlled service to a new task definition on CodeDeploy's behalf: its tasks are replaced by the
    /// new revision's (the sandbox does not model CodeDeploy's task sets) and the service's events say which deployment did it.
    /// </summary>
    public string ReplaceTasksForCodeDeploy(string cluster, string service, string taskDefinition, string codeDeployDeploymentId) =>
        Write((sim, now) =>
        {
            var clusterState = sim.State.FindCluster(cluster) ?? throw SandboxErrors.ClusterNotFound();
            var found = clusterState.Services.FirstOrDefault(s => s.Name == ArnFactory.LastSegment(service) && s.Status == "ACTIVE")
                ?? throw SandboxErrors.ServiceNotFound();
            var definition = sim.State.FindTaskDefinition(taskDefinition) ?? throw SandboxErrors.Client("TaskDefinition not found.");
            sim.StartDeployment(found, definition.Arn, now);
            sim.AddEvent(found, now, $"(CodeDeploy deployment {codeDeployDeploymentId}) is replacing tasks with {definition.Family}:{definition.Revision}.");
            return definition.Arn;
        });
}
