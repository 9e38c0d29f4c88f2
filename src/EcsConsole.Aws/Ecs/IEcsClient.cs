namespace EcsConsole.Aws.Ecs;

/// <summary>
/// Amazon ECS operations the console uses: reads for the inventory views and the few writes of rollouts. Singleton; each call uses the connection that is current when it starts
/// (see <see cref="AwsConnection"/>). List methods page through <c>nextToken</c> lazily: stop enumerating to stop paging.
/// Failures surface as <see cref="AwsServiceException"/> after the standard retries.
/// </summary>
public interface IEcsClient
{
    /// <summary>All cluster ARNs across pages.</summary>
    IAsyncEnumerable<string> ListClustersAsync(CancellationToken cancellationToken = default);

    /// <summary>At most 100 clusters per call.</summary>
    Task<DescribeClustersResponse> DescribeClustersAsync(DescribeClustersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Service ARNs across pages; <c>request.NextToken</c> is the starting page.</summary>
    IAsyncEnumerable<string> ListServicesAsync(ListServicesRequest request, CancellationToken cancellationToken = default);

    /// <summary>At most 10 services per call; more throws <see cref="ArgumentException"/> before any request is sent.</summary>
    Task<DescribeServicesResponse> DescribeServicesAsync(DescribeServicesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Task ARNs across pages.</summary>
    IAsyncEnumerable<string> ListTasksAsync(ListTasksRequest request, CancellationToken cancellationToken = default);

    /// <summary>At most 100 tasks per call; more throws <see cref="ArgumentException"/>.</summary>
    Task<DescribeTasksResponse> DescribeTasksAsync(DescribeTasksRequest request, CancellationToken cancellationToken = default);

    /// <summary>Task definition ARNs across pages.</summary>
    IAsyncEnumerable<string> ListTaskDefinitionsAsync(ListTaskDefinitionsRequest request, CancellationToken cancellationToken = default);

    Task<DescribeTaskDefinitionResponse> DescribeTaskDefinitionAsync(DescribeTaskDefinitionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Task definition family names across pages.</summary>
    IAsyncEnumerable<string> ListTaskDefinitionFamiliesAsync(ListTaskDefinitionFamiliesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Container instance ARNs (EC2 capacity) of a cluster, across pages.</summary>
    IAsyncEnumerable<string> ListContainerInstancesAsync(ListContainerInstancesRequest request, CancellationToken cancellationToken = default);

    /// <summary>At most 100 container instances per call; more throws <see cref="ArgumentException"/>.</summary>
    Task<DescribeContainerInstancesResponse> DescribeContainerInstancesAsync(DescribeContainerInstancesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deployments of one service, newest first as ECS returns them, across pages.</summary>
    IAsyncEnumerable<ServiceDeploymentBrief> ListServiceDeploymentsAsync(ListServiceDeploymentsRequest request, CancellationToken cancellationToken = default);

    /// <summary>At most 20 service deployments per call; more throws <see cref="ArgumentException"/>.</summary>
    Task<DescribeServiceDeploymentsResponse> DescribeServiceDeploymentsAsync(DescribeServiceDeploymentsRequest request, CancellationToken cancellationToken = default);

    /// <summary>At most 20 service revisions per call; more throws <see cref="ArgumentException"/>.</summary>
    Task<DescribeServiceRevisionsResponse> DescribeServiceRevisionsAsync(DescribeServiceRevisionsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a service (starts a deployment when the task definition or deployment settings change). Not retried on timeouts by callers: it is not idempotent in effect.</summary>
    Task<UpdateServiceResponse> UpdateServiceAsync(UpdateServiceRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a service. Not idempotent by itself: pass <see cref="CreateServiceRequest.ClientToken"/> so a retried call
    /// returns the service the first one created instead of failing with "Creation of service was not idempotent.".
    /// </summary>
    Task<CreateServiceResponse> CreateServiceAsync(CreateServiceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a service (with <c>force</c>, one still scaled above zero); it drains, then becomes INACTIVE.</summary>
    Task<DeleteServiceResponse> DeleteServiceAsync(DeleteServiceRequest request, CancellationToken cancellationToken = default);

    Task<RegisterTaskDefinitionResponse> RegisterTaskDefinitionAsync(RegisterTaskDefinitionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Marks one revision (<c>family:revision</c> or ARN) INACTIVE; tasks and services using it keep running.</summary>
    Task<DeregisterTaskDefinitionResponse> DeregisterTaskDefinitionAsync(DeregisterTaskDefinitionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Stops a deployment in progress (ROLLBACK or ABORT).</summary>
    Task<StopServiceDeploymentResponse> StopServiceDeploymentAsync(StopServiceDeploymentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Continues or rolls back a deployment that waits at a PAUSE lifecycle hook.</summary>
    Task<ContinueServiceDeploymentResponse> ContinueServiceDeploymentAsync(ContinueServiceDeploymentRequest request, CancellationToken cancellationToken = default);

    Task<StopTaskResponse> StopTaskAsync(StopTaskRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts an ECS Exec session in one container of a running task; the answer carries the Session Manager stream URL
    /// and token that <c>Ssm.DataChannel.SessionDataChannel</c> opens. A write, never resent once it may have been sent.
    /// </summary>
    Task<ExecuteCommandResponse> ExecuteCommandAsync(ExecuteCommandRequest request, CancellationToken cancellationToken = default);

    Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes tags by key; keys the resource does not carry are ignored.</summary>
    Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default);

    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a cluster; with an active cluster of that name ECS returns the existing one unchanged.</summary>
    Task<CreateClusterResponse> CreateClusterAsync(CreateClusterRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a cluster with no services, tasks or container instances left; it stays describable as INACTIVE.</summary>
    Task<DeleteClusterResponse> DeleteClusterAsync(DeleteClusterRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates an EC2 Auto Scaling group capacity provider.</summary>
    Task<CreateCapacityProviderResponse> CreateCapacityProviderAsync(CreateCapacityProviderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a capacity provider no cluster uses any more.</summary>
    Task<DeleteCapacityProviderResponse> DeleteCapacityProviderAsync(DeleteCapacityProviderRequest request, CancellationToken cancellationToken = default);

    /// <summary>One page of capacity providers (the named ones, or all with <c>nextToken</c>); unknown names come back as failures.</summary>
    Task<DescribeCapacityProvidersResponse> DescribeCapacityProvidersAsync(DescribeCapacityProvidersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Replaces a cluster's capacity providers and default strategy; ECS refuses to remove one that tasks or services still use.</summary>
    Task<PutClusterCapacityProvidersResponse> PutClusterCapacityProvidersAsync(PutClusterCapacityProvidersRequest request, CancellationToken cancellationToken = default);
}
