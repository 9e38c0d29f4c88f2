using System.Runtime.CompilerServices;
using EcsConsole.Aws.Ecs;

namespace EcsConsole.Core.Tests.Support;

/// <summary>
/// A real ECS client (usually the sandbox's) with chosen calls failing: each rule names an operation, which of its requests
/// fail, and the exception they throw. Everything else is passed through unchanged.
/// </summary>
internal sealed class FaultyEcsClient(IEcsClient inner) : IEcsClient
{
    private readonly List<(string Operation, Func<object?, bool> Applies, Func<Exception> Failure)> _rules = [];

    /// <summary>Calls to the operation whose request matches fail with the exception (all of them when no filter is given).</summary>
    public FaultyEcsClient Fail(string operation, Func<Exception> failure, Func<object?, bool>? applies = null)
    {
        _rules.Add((operation, applies ?? (_ => true), failure));
        return this;
    }

    public void Heal() => _rules.Clear();

    /// <summary>How many calls failed because of a rule.</summary>
    public int Failures { get; private set; }

    public IAsyncEnumerable<string> ListClustersAsync(CancellationToken cancellationToken = default) =>
        Fails("ListClusters", null) is { } failure ? Throwing<string>(failure) : inner.ListClustersAsync(cancellationToken);

    public Task<DescribeClustersResponse> DescribeClustersAsync(DescribeClustersRequest request, CancellationToken cancellationToken = default) =>
        Fails("DescribeClusters", request) is { } failure ? Task.FromException<DescribeClustersResponse>(failure) : inner.DescribeClustersAsync(request, cancellationToken);

    public IAsyncEnumerable<string> ListServicesAsync(ListServicesRequest request, CancellationToken cancellationToken = default) =>
        Fails("ListServices", request) is { } failure ? Throwing<string>(failure) : inner.ListServicesAsync(request, cancellationToken);

    public Task<DescribeServicesResponse> DescribeServicesAsync(DescribeServicesRequest request, CancellationToken cancellationToken = default) =>
        Fails("DescribeServices", request) is { } failure ? Task.FromException<DescribeServicesResponse>(failure) : inner.DescribeServicesAsync(request, cancellationToken);

    public IAsyncEnumerable<string> ListTasksAsync(ListTasksRequest request, CancellationToken cancellationToken = default) =>
        Fails("ListTasks", request) is { } failure ? Throwing<string>(failure) : inner.ListTasksAsync(request, cancellationToken);

    public Task<DescribeTasksResponse> DescribeTasksAsync(DescribeTasksRequest request, CancellationToken cancellationToken = default) =>
        Fails("DescribeTasks", request) is { } failure ? Task.FromException<DescribeTasksResponse>(failure) : inner.DescribeTasksAsync(request, cancellationToken);

    public IAsyncEnumerable<string> ListTaskDefinitionsAsync(ListTaskDefinitionsRequest request, CancellationToken cancellationToken = default) =>
        Fails("ListTaskDefinitions", request) is { } failure ? Throwing<string>(failure) : inner.ListTaskDefinitionsAsync(request, cancellationToken);

    public Task<DescribeTaskDefinitionResponse> DescribeTaskDefinitionAsync(DescribeTaskDefinitionRequest request, CancellationToken cancellationToken = default) =>
        Fails("DescribeTaskDefinition", request) is { } failure ? Task.FromException<DescribeTaskDefinitionResponse>(failure) : inner.DescribeTaskDefinitionAsync(request, cancellationToken);

    public IAsyncEnumerable<string> ListTaskDefinitionFamiliesAsync(ListTaskDefinitionFamiliesRequest request, CancellationToken cancellationToken = default) =>
        Fails("ListTaskDefinitionFamilies", request) is { } failure ? Throwing<string>(failure) : inner.ListTaskDefinitionFamiliesAsync(request, cancellationToken);

    public IAsyncEnumerable<string> ListContainerInstancesAsync(ListContainerInstancesRequest request, CancellationToken cancellationToken = default) =>
        Fails("ListContainerInstances", request) is { } failure ? Throwing<string>(failure) : inner.ListContainerInstancesAsync(request, cancellationToken);

    public Task<DescribeContainerInstancesResponse> DescribeContainerInstancesAsync(DescribeContainerInstancesRequest request, CancellationToken cancellationToken = default) =>
        Fails("DescribeContainerInstances", request) is { } failure ? Task.FromException<DescribeContainerInstancesResponse>(failure) : inner.DescribeContainerInstancesAsync(request, cancellationToken);

    public IAsyncEnumerable<ServiceDeploymentBrief> ListServiceDeploymentsAsync(ListServiceDeploymentsRequest request, CancellationToken cancellationToken = default) =>
        Fails("ListServiceDeployments", request) is { } failure ? Throwing<ServiceDeploymentBrief>(failure) : inner.ListServiceDeploymentsAsync(request, cancellationToken);

    public Task<DescribeServiceDeploymentsResponse> DescribeServiceDeploymentsAsync(DescribeServiceDeploymentsRequest request, CancellationToken cancellationToken = default) =>
        Fails("DescribeServiceDeployments", request) is { } failure ? Task.FromException<DescribeServiceDeploymentsResponse>(failure) : inner.DescribeServiceDeploymentsAsync(request, cancellationToken);

    public Task<DescribeServiceRevisionsResponse> DescribeServiceRevisionsAsync(DescribeServiceRevisionsRequest request, CancellationToken cancellationToken = default) =>
        Fails("DescribeServiceRevisions", request) is { } failure ? Task.FromException<DescribeServiceRevisionsResponse>(failure) : inner.DescribeServiceRevisionsAsync(request, cancellationToken);

    public Task<UpdateServiceResponse> UpdateServiceAsync(UpdateServiceRequest request, CancellationToken cancellationToken = default) =>
        Fails("UpdateService", request) is { } failure ? Task.FromException<UpdateServiceResponse>(failure) : inner.UpdateServiceAsync(request, cancellationToken);

    public Task<CreateServiceResponse> CreateServiceAsync(CreateServiceRequest request, CancellationToken cancellationToken = default) =>
        Fails("CreateService", request) is { } failure ? Task.FromException<CreateServiceResponse>(failure) : inner.CreateServiceAsync(request, cancellationToken);

    public Task<DeleteServiceResponse> DeleteServiceAsync(DeleteServiceRequest request, CancellationToken cancellationToken = default) =>
        Fails("DeleteService", request) is { } failure ? Task.FromException<DeleteServiceResponse>(failure) : inner.DeleteServiceAsync(request, cancellationToken);

    public Task<RegisterTaskDefinitionResponse> RegisterTaskDefinitionAsync(RegisterTaskDefinitionRequest request, CancellationToken cancellationToken = default) =>
        Fails("RegisterTaskDefinition", request) is { } failure ? Task.FromException<RegisterTaskDefinitionResponse>(failure) : inner.RegisterTaskDefinitionAsync(request, cancellationToken);

    public Task<DeregisterTaskDefinitionResponse> DeregisterTaskDefinitionAsync(DeregisterTaskDefinitionRequest request, CancellationToken cancellationToken = default) =>
        Fails("DeregisterTaskDefinition", request) is { } failure ? Task.FromException<DeregisterTaskDefinitionResponse>(failure) : inner.DeregisterTaskDefinitionAsync(request, cancellationToken);

    public Task<StopServiceDeploymentResponse> StopServiceDeploymentAsync(StopServiceDeploymentRequest request, CancellationToken cancellationToken = default) =>
        Fails("StopServiceDeployment", request) is { } failure ? Task.FromException<StopServiceDeploymentResponse>(failure) : inner.StopServiceDeploymentAsync(request, cancellationToken);

    public Task<ContinueServiceDeploymentResponse> ContinueServiceDeploymentAsync(ContinueServiceDeploymentRequest request, CancellationToken cancellationToken = default) =>
        Fails("ContinueServiceDeployment", request) is { } failure ? Task.FromException<ContinueServiceDeploymentResponse>(failure) : inner.ContinueServiceDeploymentAsync(request, cancellationToken);

    public Task<StopTaskResponse> StopTaskAsync(StopTaskRequest request, CancellationToken cancellationToken = default) =>
        Fails("StopTask", request) is { } failure ? Task.FromException<StopTaskResponse>(failure) : inner.StopTaskAsync(request, cancellationToken);

    public Task<ExecuteCommandResponse> ExecuteCommandAsync(ExecuteCommandRequest request, CancellationToken cancellationToken = default) =>
        Fails("ExecuteCommand", request) is { } failure ? Task.FromException<ExecuteCommandResponse>(failure) : inner.ExecuteCommandAsync(request, cancellationToken);

    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        Fails("TagResource", request) is { } failure ? Task.FromException<TagResourceResponse>(failure) : inner.TagResourceAsync(request, cancellationToken);

    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        Fails("UntagResource", request) is { } failure ? Task.FromException<UntagResourceResponse>(failure) : inner.UntagResourceAsync(request, cancellationToken);

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        Fails("ListTagsForResource", request) is { } failure ? Task.FromException<ListTagsForResourceResponse>(failure) : inner.ListTagsForResourceAsync(request, cancellationToken);

    public Task<CreateClusterResponse> CreateClusterAsync(CreateClusterRequest request, CancellationToken cancellationToken = default) =>
        Fails("CreateCluster", request) is { } failure ? Task.FromException<CreateClusterResponse>(failure) : inner.CreateClusterAsync(request, cancellationToken);

    public Task<DeleteClusterResponse> DeleteClusterAsync(DeleteClusterRequest request, CancellationToken cancellationToken = default) =>
        Fails("DeleteCluster", request) is { } failure ? Task.FromException<DeleteClusterResponse>(failure) : inner.DeleteClusterAsync(request, cancellationToken);

    public Task<CreateCapacityProviderResponse> CreateCapacityProviderAsync(CreateCapacityProviderRequest request, CancellationToken cancellationToken = default) =>
        Fails("CreateCapacityProvider", request) is { } failure ? Task.FromException<CreateCapacityProviderResponse>(failure) : inner.CreateCapacityProviderAsync(request, cancellationToken);

    public Task<DeleteCapacityProviderResponse> DeleteCapacityProviderAsync(DeleteCapacityProviderRequest request, CancellationToken cancellationToken = default) =>
        Fails("DeleteCapacityProvider", request) is { } failure ? Task.FromException<DeleteCapacityProviderResponse>(failure) : inner.DeleteCapacityProviderAsync(request, cancellationToken);

    public Task<DescribeCapacityProvidersResponse> DescribeCapacityProvidersAsync(DescribeCapacityProvidersRequest request, CancellationToken cancellationToken = default) =>
        Fails("DescribeCapacityProviders", request) is { } failure ? Task.FromException<DescribeCapacityProvidersResponse>(failure) : inner.DescribeCapacityProvidersAsync(request, cancellationToken);

    public Task<PutClusterCapacityProvidersResponse> PutClusterCapacityProvidersAsync(PutClusterCapacityProvidersRequest request, CancellationToken cancellationToken = default) =>
        Fails("PutClusterCapacityProviders", request) is { } failure ? Task.FromException<PutClusterCapacityProvidersResponse>(failure) : inner.PutClusterCapacityProvidersAsync(request, cancellationToken);

    private Exception? Fails(string operation, object? request)
    {
        foreach (var rule in _rules)
        {
            if (rule.Operation == operation && rule.Applies(request))
            {
                Failures++;
                return rule.Failure();
            }
        }
        return null;
    }

#pragma warning disable CS1998 // The enumerator throws on its first MoveNext, as a paging client would.
    private static async IAsyncEnumerable<T> Throwing<T>(Exception failure, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        throw failure;
#pragma warning disable CS0162
        yield break;
#pragma warning restore CS0162
    }
#pragma warning restore CS1998
}
