using System.Net;
using System.Runtime.CompilerServices;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;

namespace EcsConsole.Core.Tests.Rollouts.Fallback;

/// <summary>
/// One ECS service as an endpoint answers about it: DescribeServices with its deployments[], the task definitions the
/// planner reads, and UpdateService (whose answer may omit currentServiceDeployment). Service deployments are offered
/// or refused per operation. Counts every call, so a test can tell what was asked.
/// </summary>
internal sealed class DeploymentsEndpointFake : IEcsClient
{
    public const string Cluster = "prod";
    public const string Name = "news";
    public const string TaskDefinitionArn = "arn:aws:ecs:eu-west-1:000000000000:task-definition/news:7";

    public Service Service { get; set; } = new()
    {
        ServiceName = Name,
        ServiceArn = $"arn:aws:ecs:eu-west-1:000000000000:service/{Cluster}/{Name}",
        Status = "ACTIVE",
        TaskDefinition = TaskDefinitionArn,
        DesiredCount = 2,
        Deployments = [new Deployment { Id = "ecs-svc/100", Status = "PRIMARY", RolloutState = "COMPLETED", TaskDefinition = TaskDefinitionArn, DesiredCount = 2, RunningCount = 2 }],
    };

    /// <summary>Operation name → what it throws.</summary>
    public Dictionary<string, Exception> Failures { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);

    public List<ServiceDeployment> ServiceDeployments { get; } = [];

    /// <summary>What UpdateService answers given the request; by default the service with a new PRIMARY and no currentServiceDeployment.</summary>
    public Func<UpdateServiceRequest, Service?>? OnUpdate { get; set; }

    public static AwsServiceException HtmlServerError(string operation) => new(
        "ECS", operation, "UnknownError", "<!doctype html><html><head><title>500 Internal Server Error</title></head><body>oops</body></html>", null, HttpStatusCode.InternalServerError)
    { BodyWasAwsError = false };

    public static AwsServiceException Throttled(string operation) =>
        new("ECS", operation, "ThrottlingException", "Rate exceeded", "req-throttle", HttpStatusCode.BadRequest);

    public static AwsServiceException Denied(string operation) =>
        new("ECS", operation, "AccessDeniedException", $"User is not authorized to perform: ecs:{operation}", "req-denied", HttpStatusCode.BadRequest);

    public int CallsTo(string operation) => Calls.GetValueOrDefault(operation);

    public Task<DescribeServicesResponse> DescribeServicesAsync(DescribeServicesRequest request, CancellationToken cancellationToken = default)
    {
        Call("DescribeServices");
        return Task.FromResult(new DescribeServicesResponse { Services = request.Services.Contains(Name) ? [Service] : [], Failures = [] });
    }

    public Task<DescribeTaskDefinitionResponse> DescribeTaskDefinitionAsync(DescribeTaskDefinitionRequest request, CancellationToken cancellationToken = default)
    {
        Call("DescribeTaskDefinition");
        var revision = int.Parse(request.TaskDefinition![(request.TaskDefinition.LastIndexOf(':') + 1)..]);
        return Task.FromResult(new DescribeTaskDefinitionResponse
        {
            TaskDefinition = new TaskDefinition
            {
                TaskDefinitionArn = $"arn:aws:ecs:eu-west-1:000000000000:task-definition/news:{revision}",
                Family = "news",
                Revision = revision,
                Status = "ACTIVE",
                ContainerDefinitions = [new ContainerDefinition { Name = "news", Image = $"example/news:{revision}" }],
            },
        });
    }

    public Task<UpdateServiceResponse> UpdateServiceAsync(UpdateServiceRequest request, CancellationToken cancellationToken = default)
    {
        Call("UpdateService");
        var answer = OnUpdate is { } onUpdate ? onUpdate(request) : Deploy(request.TaskDefinition ?? Service.TaskDefinition!, "ecs-svc/200");
        return Task.FromResult(new UpdateServiceResponse { Service = answer });
    }

    /// <summary>The service after ECS started deployment <paramref name="id"/> of <paramref name="taskDefinition"/>: a new PRIMARY, the old one ACTIVE.</summary>
    public Service Deploy(string taskDefinition, string id)
    {
        var arn = taskDefinition.StartsWith("arn:", StringComparison.Ordinal) ? taskDefinition : $"arn:aws:ecs:eu-west-1:000000000000:task-definition/{taskDefinition}";
        Service = Service with
        {
            TaskDefinition = arn,
            Deployments = [
                new Deployment { Id = id, Status = "PRIMARY", RolloutState = "IN_PROGRESS", TaskDefinition = arn, DesiredCount = 2, PendingCount = 1, RunningCount = 0 },
                .. (Service.Deployments ?? []).Select(d => d with { Status = "ACTIVE" }),
            ],
        };
        return Service;
    }

    public async IAsyncEnumerable<ServiceDeploymentBrief> ListServiceDeploymentsAsync(ListServiceDeploymentsRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Call("ListServiceDeployments");
        await Task.Yield();
        foreach (var deployment in ServiceDeployments)
        {
            yield return new ServiceDeploymentBrief { ServiceDeploymentArn = deployment.ServiceDeploymentArn, Status = deployment.Status };
        }
    }

    public Task<DescribeServiceDeploymentsResponse> DescribeServiceDeploymentsAsync(DescribeServiceDeploymentsRequest request, CancellationToken cancellationToken = default)
    {
        Call("DescribeServiceDeployments");
        return Task.FromResult(new DescribeServiceDeploymentsResponse
        {
            ServiceDeployments = [.. ServiceDeployments.Where(d => request.ServiceDeploymentArns.Contains(d.ServiceDeploymentArn!))],
        });
    }

    public Task<DescribeServiceRevisionsResponse> DescribeServiceRevisionsAsync(DescribeServiceRevisionsRequest request, CancellationToken cancellationToken = default)
    {
        Call("DescribeServiceRevisions");
        return Task.FromResult(new DescribeServiceRevisionsResponse { ServiceRevisions = [] });
    }

    private void Call(string operation)
    {
        Calls[operation] = CallsTo(operation) + 1;
        if (Failures.TryGetValue(operation, out var failure))
        {
            throw failure;
        }
    }

    private static NotSupportedException NotUsed(string operation) => new($"The rollout fallback tests do not expect a call to {operation}.");

    public IAsyncEnumerable<string> ListClustersAsync(CancellationToken cancellationToken = default) => throw NotUsed("ListClusters");

    public Task<DescribeClustersResponse> DescribeClustersAsync(DescribeClustersRequest request, CancellationToken cancellationToken = default) => throw NotUsed("DescribeClusters");

    public IAsyncEnumerable<string> ListServicesAsync(ListServicesRequest request, CancellationToken cancellationToken = default) => throw NotUsed("ListServices");

    public IAsyncEnumerable<string> ListTasksAsync(ListTasksRequest request, CancellationToken cancellationToken = default) => throw NotUsed("ListTasks");

    public Task<DescribeTasksResponse> DescribeTasksAsync(DescribeTasksRequest request, CancellationToken cancellationToken = default) => throw NotUsed("DescribeTasks");

    public IAsyncEnumerable<string> ListTaskDefinitionsAsync(ListTaskDefinitionsRequest request, CancellationToken cancellationToken = default) => throw NotUsed("ListTaskDefinitions");

    public IAsyncEnumerable<string> ListTaskDefinitionFamiliesAsync(ListTaskDefinitionFamiliesRequest request, CancellationToken cancellationToken = default) => throw NotUsed("ListTaskDefinitionFamilies");

    public IAsyncEnumerable<string> ListContainerInstancesAsync(ListContainerInstancesRequest request, CancellationToken cancellationToken = default) => throw NotUsed("ListContainerInstances");

    public Task<DescribeContainerInstancesResponse> DescribeContainerInstancesAsync(DescribeContainerInstancesRequest request, CancellationToken cancellationToken = default) => throw NotUsed("DescribeContainerInstances");

    public Task<CreateServiceResponse> CreateServiceAsync(CreateServiceRequest request, CancellationToken cancellationToken = default) => throw NotUsed("CreateService");

    public Task<DeleteServiceResponse> DeleteServiceAsync(DeleteServiceRequest request, CancellationToken cancellationToken = default) => throw NotUsed("DeleteService");

    public Task<RegisterTaskDefinitionResponse> RegisterTaskDefinitionAsync(RegisterTaskDefinitionRequest request, CancellationToken cancellationToken = default) => throw NotUsed("RegisterTaskDefinition");

    public Task<DeregisterTaskDefinitionResponse> DeregisterTaskDefinitionAsync(DeregisterTaskDefinitionRequest request, CancellationToken cancellationToken = default) => throw NotUsed("DeregisterTaskDefinition");

    public Task<StopServiceDeploymentResponse> StopServiceDeploymentAsync(StopServiceDeploymentRequest request, CancellationToken cancellationToken = default) => throw NotUsed("StopServiceDeployment");

    public Task<ContinueServiceDeploymentResponse> ContinueServiceDeploymentAsync(ContinueServiceDeploymentRequest request, CancellationToken cancellationToken = default) => throw NotUsed("ContinueServiceDeployment");

    public Task<StopTaskResponse> StopTaskAsync(StopTaskRequest request, CancellationToken cancellationToken = default) => throw NotUsed("StopTask");
    public Task<ExecuteCommandResponse> ExecuteCommandAsync(ExecuteCommandRequest request, CancellationToken cancellationToken = default) => throw NotUsed("ExecuteCommand");

    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) => throw NotUsed("TagResource");
    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) => throw NotUsed("UntagResource");

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => throw NotUsed("ListTagsForResource");

    public Task<CreateClusterResponse> CreateClusterAsync(CreateClusterRequest request, CancellationToken cancellationToken = default) => throw NotUsed("CreateCluster");

    public Task<DeleteClusterResponse> DeleteClusterAsync(DeleteClusterRequest request, CancellationToken cancellationToken = default) => throw NotUsed("DeleteCluster");

    public Task<CreateCapacityProviderResponse> CreateCapacityProviderAsync(CreateCapacityProviderRequest request, CancellationToken cancellationToken = default) => throw NotUsed("CreateCapacityProvider");

    public Task<DeleteCapacityProviderResponse> DeleteCapacityProviderAsync(DeleteCapacityProviderRequest request, CancellationToken cancellationToken = default) => throw NotUsed("DeleteCapacityProvider");

    public Task<DescribeCapacityProvidersResponse> DescribeCapacityProvidersAsync(DescribeCapacityProvidersRequest request, CancellationToken cancellationToken = default) => throw NotUsed("DescribeCapacityProviders");

    public Task<PutClusterCapacityProvidersResponse> PutClusterCapacityProvidersAsync(PutClusterCapacityProvidersRequest request, CancellationToken cancellationToken = default) => throw NotUsed("PutClusterCapacityProviders");

}
