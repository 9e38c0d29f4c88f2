namespace EcsConsole.Core.Rollouts.CodeDeploy;

/// <summary>
/// Deployments of ECS services whose deployment controller is CODE_DEPLOY: UpdateService cannot change their task
/// definition, so a new revision goes out as a CodeDeploy deployment carrying an AppSpec. Scoped (it acts for the
/// current operator); every call honours its cancellation token; AWS errors surface as <c>AwsServiceException</c>.
/// </summary>
public interface ICodeDeployRollouts
{
    /// <summary>
    /// The application and deployment group deploying the service: by the ECS console's naming convention
    /// (<c>AppECS-{cluster}-{service}</c> / <c>DgpECS-{cluster}-{service}</c>) when it exists, otherwise the first group
    /// whose ECS services name it. Null when no deployment group deploys the service.
    /// </summary>
    Task<CodeDeployTarget?> FindTargetAsync(string cluster, string service, CancellationToken cancellationToken = default);

    /// <summary>The service's most recent deployments, newest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<CodeDeployDeployment>> ListDeploymentsAsync(CodeDeployTarget target, int max = 25, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a deployment of <paramref name="revision"/> through the operation gate (Rollout.Start, audited with the
    /// note and the AppSpec). Returns the new deployment's id.
    /// </summary>
    Task<string> StartAsync(string cluster, string service, CodeDeployTarget target, CodeDeployRevision revision, string note, string? confirmationText, CancellationToken cancellationToken = default);
}
