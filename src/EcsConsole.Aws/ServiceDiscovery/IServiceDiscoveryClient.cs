namespace EcsConsole.Aws.ServiceDiscovery;

/// <summary>
/// AWS Cloud Map: reads for a service's discovery view and the namespace/service creates of the service wizard. Singleton; paging is lazy; failures surface as
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

    /// <summary>Starts creating a private DNS namespace in a VPC; answers an operation id to poll with <see cref="GetOperationAsync"/>.</summary>
    Task<CreatePrivateDnsNamespaceResponse> CreatePrivateDnsNamespaceAsync(CreatePrivateDnsNamespaceRequest request, CancellationToken cancellationToken = default);

    /// <summary>The status of an asynchronous operation; on SUCCESS its Targets name the resource (NAMESPACE -> id).</summary>
    Task<GetOperationResponse> GetOperationAsync(GetOperationRequest request, CancellationToken cancellationToken = default);

    /// <summary>One namespace by id.</summary>
    Task<GetNamespaceResponse> GetNamespaceAsync(GetNamespaceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a Cloud Map service in a namespace (synchronous); ServiceAlreadyExists when the name is taken there.</summary>
    Task<CreateServiceResponse> CreateServiceAsync(CreateServiceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a Cloud Map service; ResourceInUse while instances are registered.</summary>
    Task<DeleteServiceResponse> DeleteServiceAsync(DeleteServiceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Starts deleting a namespace; ResourceInUse while it has services. Answers an operation id to poll.</summary>
    Task<DeleteNamespaceResponse> DeleteNamespaceAsync(DeleteNamespaceRequest request, CancellationToken cancellationToken = default);

    /// <summary>The tags of a namespace or service by its ARN; ResourceNotFoundException when it does not exist.</summary>
    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);
}
