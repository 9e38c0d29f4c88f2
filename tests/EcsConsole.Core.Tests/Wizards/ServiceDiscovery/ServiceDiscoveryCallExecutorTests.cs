using EcsConsole.Aws;
using EcsConsole.Aws.ServiceDiscovery;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.ServiceDiscovery;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Wizards.ServiceDiscovery;

public sealed class ServiceDiscoveryCallExecutorTests
{
    private static readonly PlannedCall Namespace = new("servicediscovery", "CreatePrivateDnsNamespace",
        """{"Name":"search.internal","Vpc":"vpc-0e1d2c3b4a5f60789","CreatorRequestId":"run-1"}""", "namespace search.internal", null, "ListNamespaces search.internal");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ExecuteAsync_OperationSucceedsAfterPolls_AnswersTheNamespaceIdAsync()
    {
        var cloudMap = new ScriptedCloudMap("PENDING", "PENDING", "SUCCESS");
        var executor = new ServiceDiscoveryCallExecutor(cloudMap, _time);

        var result = await WhileAdvancingAsync(executor.ExecuteAsync(Namespace, CancellationToken.None));

        Assert.Equal("ns-search", result.Identifier);
        Assert.Equal("ns-search", result.Response!["NamespaceId"]!.GetValue<string>());
        Assert.Equal("op-1", result.Response!["OperationId"]!.GetValue<string>());
        Assert.Equal(3, cloudMap.Polls);
    }

    [Fact]
    public async Task ExecuteAsync_OperationFails_ThrowsCloudMapsReasonAsync()
    {
        var executor = new ServiceDiscoveryCallExecutor(new ScriptedCloudMap("PENDING", "FAIL"), _time);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => WhileAdvancingAsync(executor.ExecuteAsync(Namespace, CancellationToken.None)));

        Assert.Equal("CANNOT_CREATE_HOSTED_ZONE", error.ErrorCode);
        Assert.Contains("The VPC does not allow DNS hostnames", error.AwsMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_OperationNeverFinishes_StopsAtTheLimitAsync()
    {
        var cloudMap = new ScriptedCloudMap("PENDING");
        var executor = new ServiceDiscoveryCallExecutor(cloudMap, _time);
        var started = _time.GetUtcNow();

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => WhileAdvancingAsync(executor.ExecuteAsync(Namespace, CancellationToken.None)));

        Assert.Equal("OperationTimedOut", error.ErrorCode);
        Assert.InRange(_time.GetUtcNow() - started, ServiceDiscoveryCallExecutor.OperationLimit, ServiceDiscoveryCallExecutor.OperationLimit + TimeSpan.FromMinutes(1));
    }

    /// <summary>Moves the fake clock a poll interval at a time until the work completes (bounded by real time).</summary>
    private async Task<T> WhileAdvancingAsync<T>(Task<T> work)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!work.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.WhenAny(work, Task.Delay(5));
            _time.Advance(ServiceDiscoveryCallExecutor.PollInterval);
        }

        return await work;
    }

    /// <summary>Answers CreatePrivateDnsNamespace with op-1 and each GetOperation with the next scripted status (the last repeats).</summary>
    private sealed class ScriptedCloudMap(params string[] statuses) : IServiceDiscoveryClient
    {
        public int Polls { get; private set; }

        public Task<CreatePrivateDnsNamespaceResponse> CreatePrivateDnsNamespaceAsync(CreatePrivateDnsNamespaceRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new CreatePrivateDnsNamespaceResponse { OperationId = "op-1" });

        public Task<GetOperationResponse> GetOperationAsync(GetOperationRequest request, CancellationToken cancellationToken = default)
        {
            var status = statuses[Math.Min(Polls, statuses.Length - 1)];
            Polls++;
            return Task.FromResult(new GetOperationResponse
            {
                Operation = new CloudMapOperation
                {
                    Id = request.OperationId,
                    Status = status,
                    ErrorCode = status == "FAIL" ? "CANNOT_CREATE_HOSTED_ZONE" : null,
                    ErrorMessage = status == "FAIL" ? "The VPC does not allow DNS hostnames." : null,
                    Targets = new Dictionary<string, string> { ["NAMESPACE"] = "ns-search" },
                },
            });
        }

        public Task<GetServiceResponse> GetServiceAsync(GetServiceRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<ServiceSummary> ListServicesAsync(ListServicesRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<NamespaceSummary> ListNamespacesAsync(ListNamespacesRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<InstanceSummary> ListInstancesAsync(ListInstancesRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<GetNamespaceResponse> GetNamespaceAsync(GetNamespaceRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<CreateServiceResponse> CreateServiceAsync(CreateServiceRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<DeleteServiceResponse> DeleteServiceAsync(DeleteServiceRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<DeleteNamespaceResponse> DeleteNamespaceAsync(DeleteNamespaceRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
