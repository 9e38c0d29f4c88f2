using System.Runtime.CompilerServices;
using EcsConsole.Aws.Json;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS over AWS JSON 1.1. Batch limits are checked before sending, so misuse fails fast and costs no call.</summary>
public sealed class EcsClient : IEcsClient
{
    private readonly AwsJsonClient json;

    public EcsClient(AwsJsonClient json)
    {
        this.json = json;
    }

    public async IAsyncEnumerable<string> ListClustersAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? nextToken = null;
        do
        {
            var page = await InvokeAsync<ListClustersRequest, ListClustersResponse>("ListClusters", new ListClustersRequest { NextToken = nextToken }, cancellationToken);
            foreach (var arn in page.ClusterArns ?? [])
            {
                yield return arn;
            }

            nextToken = page.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));
    }

    public Task<DescribeClustersResponse> DescribeClustersAsync(DescribeClustersRequest request, CancellationToken cancellationToken = default)
    {
        EnsureAtMost(request.Clusters?.Count ?? 0, 100, "clusters", nameof(request));
        return InvokeAsync<DescribeClustersRequest, DescribeClustersResponse>("DescribeClusters", request, cancellationToken);
    }

    public async IAsyncEnumerable<string> ListServicesAsync(ListServicesRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var current = request;
        do
        {
            var page = await InvokeAsync<ListServicesRequest, ListServicesResponse>("ListServices", current, cancellationToken);
            foreach (var arn in page.ServiceArns ?? [])
            {
                yield return arn;
            }

            current = current with { NextToken = page.NextToken };
        }
        while (!string.IsNullOrEmpty(current.NextToken));
    }

    public Task<DescribeServicesResponse> DescribeServicesAsync(DescribeServicesRequest request, CancellationToken cancellationToken = default)
    {
        EnsureAtMost(request.Services.Count, 10, "services", nameof(request));
        return InvokeAsync<DescribeServicesRequest, DescribeServicesResponse>("DescribeServices", request, cancellationToken);
    }

    public async IAsyncEnumerable<string> ListTasksAsync(ListTasksRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var current = request;
        do
        {
            var page = await InvokeAsync<ListTasksRequest, ListTasksResponse>("ListTasks", current, cancellationToken);
            foreach (var arn in page.TaskArns ?? [])
            {
                yield return arn;
            }

            current = current with { NextToken = page.NextToken };
        }
        while (!string.IsNullOrEmpty(current.NextToken));
    }

    public Task<DescribeTasksResponse> DescribeTasksAsync(DescribeTasksRequest request, CancellationToken cancellationToken = default)
    {
        EnsureAtMost(request.Tasks.Count, 100, "tasks", nameof(request));
        return InvokeAsync<DescribeTasksRequest, DescribeTasksResponse>("DescribeTasks", request, cancellationToken);
    }

    public async IAsyncEnumerable<string> ListTaskDefinitionsAsync(ListTaskDefinitionsRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var current = request;
        do
        {
            var page = await InvokeAsync<ListTaskDefinitionsRequest, ListTaskDefinitionsResponse>("ListTaskDefinitions", current, cancellationToken);
            foreach (var arn in page.TaskDefinitionArns ?? [])
            {
                yield return arn;
            }

            current = current with { NextToken = page.NextToken };
        }
        while (!string.IsNullOrEmpty(current.NextToken));
    }

    public Task<DescribeTaskDefinitionResponse> DescribeTaskDefinitionAsync(DescribeTaskDefinitionRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.TaskDefinition))
        {
            throw new ArgumentException("DescribeTaskDefinition needs a task definition (family, family:revision or ARN).", nameof(request));
        }

        return InvokeAsync<DescribeTaskDefinitionRequest, DescribeTaskDefinitionResponse>("DescribeTaskDefinition", request, cancellationToken);
    }

    private Task<TResponse> InvokeAsync<TRequest, TResponse>(string operation, TRequest request, CancellationToken cancellationToken) =>
        json.InvokeAsync<TRequest, TResponse>(AwsServices.Ecs, operation, request, cancellationToken);

    private static void EnsureAtMost(int count, int limit, string what, string parameter)
    {
        if (count > limit)
        {
            throw new ArgumentException($"ECS describes at most {limit} {what} per call; {count} were given. Split the list into batches.", parameter);
        }
    }
}
