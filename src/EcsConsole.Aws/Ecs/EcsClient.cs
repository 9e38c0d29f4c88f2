using EcsConsole.Aws.Json;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS over AWS JSON 1.1. Batch limits are checked before sending, so misuse fails fast and costs no call.</summary>
public sealed class EcsClient : IEcsClient
{
    private readonly AwsJsonClient _json;

    public EcsClient(AwsJsonClient json)
    {
        _json = json;
    }

    public IAsyncEnumerable<string> ListClustersAsync(CancellationToken cancellationToken = default) =>
        PageAsync<ListClustersRequest, ListClustersResponse, string>(
            "ListClusters", new ListClustersRequest(), page => page.ClusterArns, page => page.NextToken, (r, token) => r with { NextToken = token }, cancellationToken);

    public Task<DescribeClustersResponse> DescribeClustersAsync(DescribeClustersRequest request, CancellationToken cancellationToken = default)
    {
        EnsureAtMost(request.Clusters?.Count ?? 0, 100, "clusters", nameof(request));
        return InvokeAsync<DescribeClustersRequest, DescribeClustersResponse>("DescribeClusters", request, cancellationToken);
    }

    public IAsyncEnumerable<string> ListServicesAsync(ListServicesRequest request, CancellationToken cancellationToken = default) =>
        PageAsync<ListServicesRequest, ListServicesResponse, string>(
            "ListServices", request, page => page.ServiceArns, page => page.NextToken, (r, token) => r with { NextToken = token }, cancellationToken);

    public Task<DescribeServicesResponse> DescribeServicesAsync(DescribeServicesRequest request, CancellationToken cancellationToken = default)
    {
        EnsureAtMost(request.Services.Count, 10, "services", nameof(request));
        return InvokeAsync<DescribeServicesRequest, DescribeServicesResponse>("DescribeServices", request, cancellationToken);
    }

    public IAsyncEnumerable<string> ListTasksAsync(ListTasksRequest request, CancellationToken cancellationToken = default) =>
        PageAsync<ListTasksRequest, ListTasksResponse, string>(
            "ListTasks", request, page => page.TaskArns, page => page.NextToken, (r, token) => r with { NextToken = token }, cancellationToken);

    public Task<DescribeTasksResponse> DescribeTasksAsync(DescribeTasksRequest request, CancellationToken cancellationToken = default)
    {
        EnsureAtMost(request.Tasks.Count, 100, "tasks", nameof(request));
        return InvokeAsync<DescribeTasksRequest, DescribeTasksResponse>("DescribeTasks", request, cancellationToken);
    }

    public IAsyncEnumerable<string> ListTaskDefinitionsAsync(ListTaskDefinitionsRequest request, CancellationToken cancellationToken = default) =>
        PageAsync<ListTaskDefinitionsRequest, ListTaskDefinitionsResponse, string>(
            "ListTaskDefinitions", request, page => page.TaskDefinitionArns, page => page.NextToken, (r, token) => r with { NextToken = token }, cancellationToken);

    public Task<DescribeTaskDefinitionResponse> DescribeTaskDefinitionAsync(DescribeTaskDefinitionRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.TaskDefinition))
        {
            throw new ArgumentException("DescribeTaskDefinition needs a task definition (family, family:revision or ARN).", nameof(request));
        }

        return InvokeAsync<DescribeTaskDefinitionRequest, DescribeTaskDefinitionResponse>("DescribeTaskDefinition", request, cancellationToken);
    }

    public IAsyncEnumerable<string> ListTaskDefinitionFamiliesAsync(ListTaskDefinitionFamiliesRequest request, CancellationToken cancellationToken = default) =>
        PageAsync<ListTaskDefinitionFamiliesRequest, ListTaskDefinitionFamiliesResponse, string>(
            "ListTaskDefinitionFamilies", request, page => page.Families, page => page.NextToken, (r, token) => r with { NextToken = token }, cancellationToken);

    public IAsyncEnumerable<string> ListContainerInstancesAsync(ListContainerInstancesRequest request, CancellationToken cancellationToken = default) =>
        PageAsync<ListContainerInstancesRequest, ListContainerInstancesResponse, string>(
            "ListContainerInstances", request, page => page.ContainerInstanceArns, page => page.NextToken, (r, token) => r with { NextToken = token }, cancellationToken);

    public Task<DescribeContainerInstancesResponse> DescribeContainerInstancesAsync(DescribeContainerInstancesRequest request, CancellationToken cancellationToken = default)
    {
        EnsureAtMost(request.ContainerInstances.Count, 100, "container instances", nameof(request));
        return InvokeAsync<DescribeContainerInstancesRequest, DescribeContainerInstancesResponse>("DescribeContainerInstances", request, cancellationToken);
    }

    public IAsyncEnumerable<ServiceDeploymentBrief> ListServiceDeploymentsAsync(ListServiceDeploymentsRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Service, "ListServiceDeployments needs a service (name or ARN).", nameof(request));
        return PageAsync<ListServiceDeploymentsRequest, ListServiceDeploymentsResponse, ServiceDeploymentBrief>(
            "ListServiceDeployments", request, page => page.ServiceDeployments, page => page.NextToken, (r, token) => r with { NextToken = token }, cancellationToken);
    }

    public Task<DescribeServiceDeploymentsResponse> DescribeServiceDeploymentsAsync(DescribeServiceDeploymentsRequest request, CancellationToken cancellationToken = default)
    {
        EnsureAtMost(request.ServiceDeploymentArns.Count, 20, "service deployments", nameof(request));
        return InvokeAsync<DescribeServiceDeploymentsRequest, DescribeServiceDeploymentsResponse>("DescribeServiceDeployments", request, cancellationToken);
    }

    public Task<DescribeServiceRevisionsResponse> DescribeServiceRevisionsAsync(DescribeServiceRevisionsRequest request, CancellationToken cancellationToken = default)
    {
        EnsureAtMost(request.ServiceRevisionArns.Count, 20, "service revisions", nameof(request));
        return InvokeAsync<DescribeServiceRevisionsRequest, DescribeServiceRevisionsResponse>("DescribeServiceRevisions", request, cancellationToken);
    }

    public Task<UpdateServiceResponse> UpdateServiceAsync(UpdateServiceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Service, "UpdateService needs a service (name or ARN).", nameof(request));
        return InvokeAsync<UpdateServiceRequest, UpdateServiceResponse>("UpdateService", request, cancellationToken);
    }

    public Task<CreateServiceResponse> CreateServiceAsync(CreateServiceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.ServiceName, "CreateService needs a service name.", nameof(request));
        return InvokeAsync<CreateServiceRequest, CreateServiceResponse>("CreateService", request, cancellationToken);
    }

    public Task<DeleteServiceResponse> DeleteServiceAsync(DeleteServiceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Service, "DeleteService needs a service (name or ARN).", nameof(request));
        return InvokeAsync<DeleteServiceRequest, DeleteServiceResponse>("DeleteService", request, cancellationToken);
    }

    public Task<RegisterTaskDefinitionResponse> RegisterTaskDefinitionAsync(RegisterTaskDefinitionRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Family, "RegisterTaskDefinition needs a family.", nameof(request));
        if (request.ContainerDefinitions.Count == 0)
        {
            throw new ArgumentException("RegisterTaskDefinition needs at least one container definition.", nameof(request));
        }

        return InvokeAsync<RegisterTaskDefinitionRequest, RegisterTaskDefinitionResponse>("RegisterTaskDefinition", request, cancellationToken);
    }

    public Task<DeregisterTaskDefinitionResponse> DeregisterTaskDefinitionAsync(DeregisterTaskDefinitionRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.TaskDefinition, "DeregisterTaskDefinition needs a task definition revision (family:revision or ARN).", nameof(request));

        return InvokeAsync<DeregisterTaskDefinitionRequest, DeregisterTaskDefinitionResponse>("DeregisterTaskDefinition", request, cancellationToken);
    }

    public Task<StopServiceDeploymentResponse> StopServiceDeploymentAsync(StopServiceDeploymentRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.ServiceDeploymentArn, "StopServiceDeployment needs a service deployment ARN.", nameof(request));
        return InvokeAsync<StopServiceDeploymentRequest, StopServiceDeploymentResponse>("StopServiceDeployment", request, cancellationToken);
    }

    public Task<ContinueServiceDeploymentResponse> ContinueServiceDeploymentAsync(ContinueServiceDeploymentRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.ServiceDeploymentArn, "ContinueServiceDeployment needs a service deployment ARN.", nameof(request));
        Require(request.HookId, "ContinueServiceDeployment needs the id of the paused lifecycle hook.", nameof(request));
        return InvokeAsync<ContinueServiceDeploymentRequest, ContinueServiceDeploymentResponse>("ContinueServiceDeployment", request, cancellationToken);
    }

    public Task<StopTaskResponse> StopTaskAsync(StopTaskRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Task, "StopTask needs a task (ID or ARN).", nameof(request));
        return InvokeAsync<StopTaskRequest, StopTaskResponse>("StopTask", request, cancellationToken);
    }

    public Task<ExecuteCommandResponse> ExecuteCommandAsync(ExecuteCommandRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Task, "ExecuteCommand needs a task (ID or ARN).", nameof(request));
        Require(request.Command, "ExecuteCommand needs a command, for example /bin/sh.", nameof(request));
        if (!request.Interactive)
        {
            throw new ArgumentException("ExecuteCommand supports interactive sessions only: set Interactive to true.", nameof(request));
        }

        return InvokeAsync<ExecuteCommandRequest, ExecuteCommandResponse>("ExecuteCommand", request, cancellationToken);
    }

    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.ResourceArn, "TagResource needs a resource ARN.", nameof(request));
        return InvokeAsync<TagResourceRequest, TagResourceResponse>("TagResource", request, cancellationToken);
    }

    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.ResourceArn, "UntagResource needs a resource ARN.", nameof(request));
        return InvokeAsync<UntagResourceRequest, UntagResourceResponse>("UntagResource", request, cancellationToken);
    }

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.ResourceArn, "ListTagsForResource needs a resource ARN.", nameof(request));
        return InvokeAsync<ListTagsForResourceRequest, ListTagsForResourceResponse>("ListTagsForResource", request, cancellationToken);
    }

    public Task<CreateClusterResponse> CreateClusterAsync(CreateClusterRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<CreateClusterRequest, CreateClusterResponse>("CreateCluster", request, cancellationToken);

    public Task<DeleteClusterResponse> DeleteClusterAsync(DeleteClusterRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Cluster, "DeleteCluster needs a cluster (name or ARN).", nameof(request));
        return InvokeAsync<DeleteClusterRequest, DeleteClusterResponse>("DeleteCluster", request, cancellationToken);
    }

    public Task<CreateCapacityProviderResponse> CreateCapacityProviderAsync(CreateCapacityProviderRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Name, "CreateCapacityProvider needs a name.", nameof(request));
        return InvokeAsync<CreateCapacityProviderRequest, CreateCapacityProviderResponse>("CreateCapacityProvider", request, cancellationToken);
    }

    public Task<DeleteCapacityProviderResponse> DeleteCapacityProviderAsync(DeleteCapacityProviderRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.CapacityProvider, "DeleteCapacityProvider needs a capacity provider (name or ARN).", nameof(request));
        return InvokeAsync<DeleteCapacityProviderRequest, DeleteCapacityProviderResponse>("DeleteCapacityProvider", request, cancellationToken);
    }

    public Task<DescribeCapacityProvidersResponse> DescribeCapacityProvidersAsync(DescribeCapacityProvidersRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DescribeCapacityProvidersRequest, DescribeCapacityProvidersResponse>("DescribeCapacityProviders", request, cancellationToken);

    public Task<PutClusterCapacityProvidersResponse> PutClusterCapacityProvidersAsync(PutClusterCapacityProvidersRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Cluster, "PutClusterCapacityProviders needs a cluster (name or ARN).", nameof(request));
        return InvokeAsync<PutClusterCapacityProvidersRequest, PutClusterCapacityProvidersResponse>("PutClusterCapacityProviders", request, cancellationToken);
    }

    private IAsyncEnumerable<TItem> PageAsync<TRequest, TResponse, TItem>(
        string operation,
        TRequest request,
        Func<TResponse, IReadOnlyList<TItem>?> items,
        Func<TResponse, string?> nextToken,
        Func<TRequest, string?, TRequest> withToken,
        CancellationToken cancellationToken) =>
        AwsJsonPaging.PageAsync(_json, AwsServices.Ecs, operation, request, items, nextToken, withToken, cancellationToken);

    private static void Require(string? value, string message, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(message, parameter);
        }
    }

    private Task<TResponse> InvokeAsync<TRequest, TResponse>(string operation, TRequest request, CancellationToken cancellationToken) =>
        _json.InvokeAsync<TRequest, TResponse>(AwsServices.Ecs, operation, request, cancellationToken);

    private static void EnsureAtMost(int count, int limit, string what, string parameter)
    {
        if (count > limit)
        {
            throw new ArgumentException($"ECS describes at most {limit} {what} per call; {count} were given. Split the list into batches.", parameter);
        }
    }
}
