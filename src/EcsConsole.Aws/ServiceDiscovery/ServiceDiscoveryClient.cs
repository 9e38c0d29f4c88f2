using EcsConsole.Aws.Json;

namespace EcsConsole.Aws.ServiceDiscovery;

/// <summary>Cloud Map over AWS JSON 1.1.</summary>
public sealed class ServiceDiscoveryClient : IServiceDiscoveryClient
{
    private readonly AwsJsonClient _json;

    public ServiceDiscoveryClient(AwsJsonClient json)
    {
        _json = json;
    }

    public Task<GetServiceResponse> GetServiceAsync(GetServiceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Id, "GetService needs a Cloud Map service id.", nameof(request));
        return _json.InvokeAsync<GetServiceRequest, GetServiceResponse>(AwsServices.ServiceDiscovery, "GetService", request, cancellationToken);
    }

    public IAsyncEnumerable<ServiceSummary> ListServicesAsync(ListServicesRequest request, CancellationToken cancellationToken = default) =>
        AwsJsonPaging.PageAsync<ListServicesRequest, ListServicesResponse, ServiceSummary>(
            _json, AwsServices.ServiceDiscovery, "ListServices", request, page => page.Services, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);

    public IAsyncEnumerable<NamespaceSummary> ListNamespacesAsync(ListNamespacesRequest request, CancellationToken cancellationToken = default) =>
        AwsJsonPaging.PageAsync<ListNamespacesRequest, ListNamespacesResponse, NamespaceSummary>(
            _json, AwsServices.ServiceDiscovery, "ListNamespaces", request, page => page.Namespaces, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);

    public IAsyncEnumerable<InstanceSummary> ListInstancesAsync(ListInstancesRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.ServiceId, "ListInstances needs a Cloud Map service id.", nameof(request));
        return AwsJsonPaging.PageAsync<ListInstancesRequest, ListInstancesResponse, InstanceSummary>(
            _json, AwsServices.ServiceDiscovery, "ListInstances", request, page => page.Instances, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);
    }

    public Task<CreatePrivateDnsNamespaceResponse> CreatePrivateDnsNamespaceAsync(CreatePrivateDnsNamespaceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Name, "CreatePrivateDnsNamespace needs a namespace name.", nameof(request));
        Require(request.Vpc, "CreatePrivateDnsNamespace needs the VPC id the namespace resolves in.", nameof(request));
        return _json.InvokeAsync<CreatePrivateDnsNamespaceRequest, CreatePrivateDnsNamespaceResponse>(AwsServices.ServiceDiscovery, "CreatePrivateDnsNamespace", request, cancellationToken);
    }

    public Task<GetOperationResponse> GetOperationAsync(GetOperationRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.OperationId, "GetOperation needs an operation id.", nameof(request));
        return _json.InvokeAsync<GetOperationRequest, GetOperationResponse>(AwsServices.ServiceDiscovery, "GetOperation", request, cancellationToken);
    }

    public Task<GetNamespaceResponse> GetNamespaceAsync(GetNamespaceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Id, "GetNamespace needs a namespace id.", nameof(request));
        return _json.InvokeAsync<GetNamespaceRequest, GetNamespaceResponse>(AwsServices.ServiceDiscovery, "GetNamespace", request, cancellationToken);
    }

    public Task<CreateServiceResponse> CreateServiceAsync(CreateServiceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Name, "CreateService needs a Cloud Map service name.", nameof(request));
        return _json.InvokeAsync<CreateServiceRequest, CreateServiceResponse>(AwsServices.ServiceDiscovery, "CreateService", request, cancellationToken);
    }

    public Task<DeleteServiceResponse> DeleteServiceAsync(DeleteServiceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Id, "DeleteService needs a Cloud Map service id.", nameof(request));
        return _json.InvokeAsync<DeleteServiceRequest, DeleteServiceResponse>(AwsServices.ServiceDiscovery, "DeleteService", request, cancellationToken);
    }

    public Task<DeleteNamespaceResponse> DeleteNamespaceAsync(DeleteNamespaceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.Id, "DeleteNamespace needs a namespace id.", nameof(request));
        return _json.InvokeAsync<DeleteNamespaceRequest, DeleteNamespaceResponse>(AwsServices.ServiceDiscovery, "DeleteNamespace", request, cancellationToken);
    }

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.ResourceArn, "ListTagsForResource needs the ARN of a Cloud Map namespace or service.", nameof(request));
        return _json.InvokeAsync<ListTagsForResourceRequest, ListTagsForResourceResponse>(AwsServices.ServiceDiscovery, "ListTagsForResource", request, cancellationToken);
    }

    private static void Require(string? value, string message, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(message, parameter);
        }
    }
}
