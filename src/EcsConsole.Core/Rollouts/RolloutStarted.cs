namespace EcsConsole.Core.Rollouts;

/// <summary>
/// A rollout ECS accepted. <paramref name="ServiceDeploymentArn"/> is the service deployment ECS named
/// (<c>currentServiceDeployment</c>); when ECS named none, <paramref name="DeploymentId"/> is the new PRIMARY deployment
/// (<c>ecs-svc/…</c>) found in DescribeServices' deployments[] and followed instead. <paramref name="TaskDefinitionArn"/>
/// is the revision the service now targets.
/// </summary>
public sealed record RolloutStarted(string Cluster, string Service, string? ServiceDeploymentArn, string TaskDefinitionArn, string? DeploymentId = null)
{
    /// <summary>What the live deployment page follows: the ARN when ECS named one, the deployment id otherwise.</summary>
    public string? DeploymentToWatch => ServiceDeploymentArn ?? DeploymentId;
}
