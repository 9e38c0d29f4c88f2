namespace EcsConsole.Core.Rollouts.CodeDeploy;

/// <summary>One CodeDeploy deployment of an ECS service, as the console shows it.</summary>
/// <param name="Id">CodeDeploy's deployment id (d-...).</param>
/// <param name="Status">CodeDeploy's status word: Created, Queued, InProgress, Baking, Succeeded, Failed, Stopped, Ready.</param>
/// <param name="TaskDefinition">The task definition the AppSpec deploys, when the AppSpec is JSON that names one.</param>
/// <param name="ErrorMessage">CodeDeploy's error code and message when the deployment failed or was stopped.</param>
public sealed record CodeDeployDeployment(
    string Id,
    string Status,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? CompletedAt,
    string? TaskDefinition,
    string? Description,
    string? Creator,
    string? ErrorMessage)
{
    /// <summary>True while CodeDeploy may still change the service.</summary>
    public bool IsInProgress => Status is "Created" or "Queued" or "InProgress" or "Baking" or "Ready";
}

/// <summary>The CodeDeploy application and deployment group that deploy one ECS service.</summary>
public sealed record CodeDeployTarget(string Application, string DeploymentGroup);

/// <summary>What to deploy: the task definition and the container and port the load balancer sends traffic to.</summary>
public sealed record CodeDeployRevision(string TaskDefinitionArn, string ContainerName, int ContainerPort);
