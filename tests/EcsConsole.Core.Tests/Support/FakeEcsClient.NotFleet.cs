using EcsConsole.Aws.Ecs;

namespace EcsConsole.Core.Tests.Support;

/// <summary>
/// Calls the fleet read must never make. Failing loudly here turns an unexpected call (a write from a monitor,
/// a per-task read per poll) into a test failure instead of a silent empty answer.
/// </summary>
internal sealed partial class FakeEcsClient
{
    private static NotSupportedException NotAFleetCall(string operation) =>
        new($"The fleet monitor is not expected to call {operation}.");

    public IAsyncEnumerable<string> ListTasksAsync(ListTasksRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("ListTasks");

    public Task<DescribeTasksResponse> DescribeTasksAsync(DescribeTasksRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("DescribeTasks");

    public IAsyncEnumerable<string> ListTaskDefinitionsAsync(ListTaskDefinitionsRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("ListTaskDefinitions");

    public Task<DescribeTaskDefinitionResponse> DescribeTaskDefinitionAsync(DescribeTaskDefinitionRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("DescribeTaskDefinition");

    public IAsyncEnumerable<string> ListTaskDefinitionFamiliesAsync(ListTaskDefinitionFamiliesRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("ListTaskDefinitionFamilies");

    public IAsyncEnumerable<string> ListContainerInstancesAsync(ListContainerInstancesRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("ListContainerInstances");

    public Task<DescribeContainerInstancesResponse> DescribeContainerInstancesAsync(DescribeContainerInstancesRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("DescribeContainerInstances");

    public IAsyncEnumerable<ServiceDeploymentBrief> ListServiceDeploymentsAsync(ListServiceDeploymentsRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("ListServiceDeployments");

    public Task<DescribeServiceDeploymentsResponse> DescribeServiceDeploymentsAsync(DescribeServiceDeploymentsRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("DescribeServiceDeployments");

    public Task<DescribeServiceRevisionsResponse> DescribeServiceRevisionsAsync(DescribeServiceRevisionsRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("DescribeServiceRevisions");

    public Task<UpdateServiceResponse> UpdateServiceAsync(UpdateServiceRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("UpdateService");

    public Task<CreateServiceResponse> CreateServiceAsync(CreateServiceRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("CreateService");

    public Task<DeleteServiceResponse> DeleteServiceAsync(DeleteServiceRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("DeleteService");

    public Task<RegisterTaskDefinitionResponse> RegisterTaskDefinitionAsync(RegisterTaskDefinitionRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("RegisterTaskDefinition");

    public Task<DeregisterTaskDefinitionResponse> DeregisterTaskDefinitionAsync(DeregisterTaskDefinitionRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("DeregisterTaskDefinition");

    public Task<StopServiceDeploymentResponse> StopServiceDeploymentAsync(StopServiceDeploymentRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("StopServiceDeployment");

    public Task<ContinueServiceDeploymentResponse> ContinueServiceDeploymentAsync(ContinueServiceDeploymentRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("ContinueServiceDeployment");

    public Task<StopTaskResponse> StopTaskAsync(StopTaskRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("StopTask");
    public Task<ExecuteCommandResponse> ExecuteCommandAsync(ExecuteCommandRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("ExecuteCommand");

    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("TagResource");

    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("UntagResource");

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("ListTagsForResource");

    public Task<CreateClusterResponse> CreateClusterAsync(CreateClusterRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("CreateCluster");

    public Task<DeleteClusterResponse> DeleteClusterAsync(DeleteClusterRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("DeleteCluster");

    public Task<CreateCapacityProviderResponse> CreateCapacityProviderAsync(CreateCapacityProviderRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("CreateCapacityProvider");

    public Task<DeleteCapacityProviderResponse> DeleteCapacityProviderAsync(DeleteCapacityProviderRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("DeleteCapacityProvider");

    public Task<DescribeCapacityProvidersResponse> DescribeCapacityProvidersAsync(DescribeCapacityProvidersRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("DescribeCapacityProviders");

    public Task<PutClusterCapacityProvidersResponse> PutClusterCapacityProvidersAsync(PutClusterCapacityProvidersRequest request, CancellationToken cancellationToken = default) => throw NotAFleetCall("PutClusterCapacityProviders");
}
