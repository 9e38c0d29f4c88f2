using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine.Ecs;

/// <summary>
/// Amazon ECS on the sandbox state: clusters, capacity providers, task definitions, services and their deployments, tasks
/// and tags. The reads the wire protocol answers straight from the state live with it in <c>Protocol/Ecs</c>.
/// </summary>
public sealed partial class EcsOperations(SandboxEngine engine) : AwsServiceOperations(engine)
{
    /// <summary>Changes a service like ECS UpdateService: a new task definition or forceNewDeployment starts a deployment.</summary>
    public void UpdateService(string cluster, string service, string? taskDefinition = null, int? desiredCount = null, bool forceNewDeployment = false) =>
        UpdateService(new ServiceUpdate(cluster, service, taskDefinition, desiredCount, forceNewDeployment));

    /// <summary>Stops a task like ECS StopTask (stop code UserInitiated).</summary>
    public void StopTask(string cluster, string task, string reason = "Task stopped by user") =>
        Write((sim, now) =>
        {
            var clusterState = sim.State.FindCluster(cluster) ?? throw SandboxErrors.ClusterNotFound();
            var taskState = clusterState.Tasks.FirstOrDefault(t => t.Id == ArnFactory.LastSegment(task))
                ?? throw new SandboxApiException("InvalidParameterException", "The referenced task was not found.");
            sim.BeginStop(clusterState, taskState, now, "UserInitiated", reason, countsAsFailure: false);
            return taskState.Arn;
        });
}
