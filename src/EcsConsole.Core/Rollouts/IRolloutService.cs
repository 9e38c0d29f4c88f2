namespace EcsConsole.Core.Rollouts;

/// <summary>
/// Plans and starts rollouts of one service and acts on deployments in progress. Scoped (it acts for the signed-in operator):
/// every method that changes AWS runs through the operation gate, so it is role-checked, confirmed on production and audited.
/// Plans read AWS but change nothing; a plan is what the operator sees (the diff and the exact requests) before confirming.
/// AWS failures surface as the AWS exception; a refusal as <c>OperationDeniedException</c>; invalid settings as
/// <see cref="RolloutValidationException"/> before anything is sent.
/// </summary>
public interface IRolloutService
{
    /// <summary>
    /// A new revision copied from the service's current one with only the named containers' images changed
    /// (<paramref name="images"/>: container name → image reference, a tag or a digest), then UpdateService to it.
    /// </summary>
    Task<RolloutPlan> PlanImageRolloutAsync(string cluster, string service, IReadOnlyDictionary<string, string> images, CancellationToken cancellationToken = default);

    /// <summary>UpdateService to an existing revision (<c>family:revision</c> or ARN).</summary>
    Task<RolloutPlan> PlanRevisionRolloutAsync(string cluster, string service, string taskDefinition, CancellationToken cancellationToken = default);

    /// <summary>UpdateService with forceNewDeployment on the current revision (new tasks, same definition).</summary>
    Task<RolloutPlan> PlanForceNewDeploymentAsync(string cluster, string service, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends the plan's requests (RegisterTaskDefinition if any, then UpdateService) and records who started it and why.
    /// <paramref name="confirmationText"/> is what the operator typed (the service name) for a production cluster.
    /// </summary>
    Task<RolloutStarted> StartAsync(RolloutPlan plan, string note, string? confirmationText, CancellationToken cancellationToken = default);

    /// <summary>Plans and starts a rollout to an earlier revision in one step (the history page's one-click rollback).</summary>
    Task<RolloutStarted> RollbackToRevisionAsync(string cluster, string service, string taskDefinition, string note, string? confirmationText, CancellationToken cancellationToken = default);

    /// <summary>ContinueServiceDeployment CONTINUE on the hook awaiting action (<paramref name="hookId"/>, or the one waiting now when null).</summary>
    Task ApproveHookAsync(string deploymentArn, string? hookId, string? note = null, string? confirmationText = null, CancellationToken cancellationToken = default);

    /// <summary>ContinueServiceDeployment ROLLBACK on the hook awaiting action.</summary>
    Task RejectHookAsync(string deploymentArn, string? hookId, string? note = null, string? confirmationText = null, CancellationToken cancellationToken = default);

    /// <summary>StopServiceDeployment with ROLLBACK (back to the source revision) or ABORT.</summary>
    Task StopAsync(string deploymentArn, StopKind kind, string note, string? confirmationText = null, CancellationToken cancellationToken = default);

    /// <summary>The service's deployment strategy settings as ECS has them now.</summary>
    Task<ServiceStrategy> GetStrategyAsync(string cluster, string service, CancellationToken cancellationToken = default);

    /// <summary>
    /// Validates <paramref name="settings"/> (throws <see cref="RolloutValidationException"/> with every problem, nothing sent),
    /// then UpdateService with the new deploymentConfiguration (and load balancer routing for blue/green, linear and canary).
    /// </summary>
    Task UpdateStrategyAsync(string cluster, string service, DeploymentStrategySettings settings, string note, string? confirmationText, CancellationToken cancellationToken = default);
}
