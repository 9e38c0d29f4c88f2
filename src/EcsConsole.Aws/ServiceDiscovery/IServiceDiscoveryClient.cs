namespace EcsConsole.Aws.ServiceDiscovery;

/// <summary>
/// AWS Cloud Map reads for a service's discovery view. Singleton; paging is lazy; failures surface as
/// <see cref="AwsServiceException"/>.
/// </summary>
public interface IServiceDiscoveryClient
{
    /// <summary>One Cloud Map service by id (the id is the last part of an ECS service registry ARN).</summary>
    Task<GetServiceResponse> GetServiceAsync(GetServiceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cloud Map services across pages.</summary>
    IAsyncEnumerable<ServiceSummary> ListServicesAsync(ListServicesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Namespaces across pages.</summary>
    IAsyncEnumerable<NamespaceSummary> ListNamespacesAsync(ListNamespacesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Registered instances of one Cloud Map service across pages.</summary>
    IAsyncEnumerable<InstanceSummary> ListInstancesAsync(ListInstancesRequest request, CancellationToken cancellationToken = default);
}
