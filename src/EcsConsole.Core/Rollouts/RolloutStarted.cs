namespace EcsConsole.Core.Rollouts;

/// <summary>
/// A rollout ECS accepted. <paramref name="ServiceDeploymentArn"/> is the deployment to watch (null only if ECS named none,
/// e.g. an UpdateService that changed nothing); <paramref name="TaskDefinitionArn"/> the revision the service now targets.
/// </summary>
public sealed record RolloutStarted(string Cluster, string Service, string? ServiceDeploymentArn, string TaskDefinitionArn);
