namespace EcsConsole.Aws.Ecs;

/// <summary>
/// Amazon ECS read operations. Singleton; each call uses the connection that is current when it starts
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
}
