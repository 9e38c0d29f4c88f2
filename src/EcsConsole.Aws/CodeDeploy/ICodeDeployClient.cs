namespace EcsConsole.Aws.CodeDeploy;

/// <summary>
/// CodeDeploy for ECS services whose deployment controller is CODE_DEPLOY (UpdateService cannot change their
/// task definition). Singleton; paging is lazy; failures surface as <see cref="AwsServiceException"/>.
/// </summary>
public interface ICodeDeployClient
{
    /// <summary>Application names across pages.</summary>
    IAsyncEnumerable<string> ListApplicationsAsync(ListApplicationsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deployment group names of one application across pages.</summary>
    IAsyncEnumerable<string> ListDeploymentGroupsAsync(ListDeploymentGroupsRequest request, CancellationToken cancellationToken = default);

    /// <summary>One deployment group, with the ECS services it deploys.</summary>
    Task<GetDeploymentGroupResponse> GetDeploymentGroupAsync(GetDeploymentGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deployment ids across pages, newest first as CodeDeploy lists them.</summary>
    IAsyncEnumerable<string> ListDeploymentsAsync(ListDeploymentsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Up to 25 deployments in one call.</summary>
    Task<BatchGetDeploymentsResponse> BatchGetDeploymentsAsync(BatchGetDeploymentsRequest request, CancellationToken cancellationToken = default);

    /// <summary>One deployment.</summary>
    Task<GetDeploymentResponse> GetDeploymentAsync(GetDeploymentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Starts a deployment; for ECS the revision is an inline AppSpec.</summary>
    Task<CreateDeploymentResponse> CreateDeploymentAsync(CreateDeploymentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Stops a deployment, optionally rolling back to the previous revision.</summary>
    Task<StopDeploymentResponse> StopDeploymentAsync(StopDeploymentRequest request, CancellationToken cancellationToken = default);
}
