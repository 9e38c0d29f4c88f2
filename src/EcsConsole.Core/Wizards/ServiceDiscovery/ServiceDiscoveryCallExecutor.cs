using System.Net;
using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Aws.ServiceDiscovery;
using EcsConsole.Core.Wizards.Export.CloudFormation;
using static EcsConsole.Core.Wizards.WizardCallJson;

namespace EcsConsole.Core.Wizards.ServiceDiscovery;

/// <summary>
/// Sends the Service wizard's Cloud Map calls through <see cref="IServiceDiscoveryClient"/>. CreatePrivateDnsNamespace is
/// asynchronous on AWS: the executor polls GetOperation on the injected clock (every <see cref="PollInterval"/>, for at
/// most <see cref="OperationLimit"/>) until SUCCESS and answers <c>{"OperationId": ..., "NamespaceId": ...}</c> (output path
/// <c>NamespaceId</c>); a FAIL or a timeout stops the run with Cloud Map's reason. CreateService answers AWS's own
/// response (<c>Service.Arn</c>, <c>Service.Id</c>). Existence: a namespace of the planned name (ListNamespaces NAME), a
/// service of the planned name in the namespace (ListServices NAMESPACE_ID); made by this run or before it by its
/// <c>ecsconsole:run</c> tag (ListTagsForResource). Undo deletes (the namespace's deletion is
/// waited for the same way); gone counts as undone.
/// </summary>
public sealed class ServiceDiscoveryCallExecutor(IServiceDiscoveryClient cloudMap, TimeProvider timeProvider) : TableCallExecutor<ServiceDiscoveryCallExecutor>(Table)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan OperationLimit = TimeSpan.FromMinutes(5);

    // A field, so the table's rows can reach the client of the executor they are given.
    private readonly IServiceDiscoveryClient _cloudMap = cloudMap;

    public static WizardOperationTable<ServiceDiscoveryCallExecutor> Table { get; } = new("servicediscovery", "Cloud Map",
    [
        new("CreatePrivateDnsNamespace",
            (e, call, ct) => e.CheckNamespaceAsync(call, Body<CreatePrivateDnsNamespaceRequest>(call.Body, call.Operation), ct),
            (e, call, ct) => e.CreateNamespaceAsync(call, ct),
            new("DeleteNamespace", (e, undo, ct) => e.DeleteNamespaceAsync(undo, ct)),
            ServiceDiscoveryCloudFormationMapper.Namespace, WizardCliGuard.None),
        new("CreateService",
            (e, call, ct) => e.CheckServiceAsync(call, Body<CreateServiceRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var created = await e._cloudMap.CreateServiceAsync(Body<CreateServiceRequest>(call.Body, call.Operation), ct);
                return new CallResult(created.Service?.Arn, Node(created));
            },
            new("DeleteService", (e, undo, ct) => e._cloudMap.DeleteServiceAsync(Body<DeleteServiceRequest>(undo.Body, undo.Operation), ct)),
            ServiceDiscoveryCloudFormationMapper.Service, WizardCliGuard.None),
    ],
    // Deleted already (by hand or by an earlier rollback attempt).
    error => error.ErrorCode is "ServiceNotFound" or "NamespaceNotFound");

    private async Task<CallResult> CreateNamespaceAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var started = await _cloudMap.CreatePrivateDnsNamespaceAsync(Body<CreatePrivateDnsNamespaceRequest>(call.Body, call.Operation), cancellationToken);
        var operation = await WaitForAsync(started.OperationId, call.Operation, cancellationToken);
        var namespaceId = operation.Targets?.GetValueOrDefault("NAMESPACE");
        return new CallResult(namespaceId, new JsonObject { ["OperationId"] = started.OperationId, ["NamespaceId"] = namespaceId });
    }

    private async Task DeleteNamespaceAsync(UndoCall undo, CancellationToken cancellationToken)
    {
        var deleting = await _cloudMap.DeleteNamespaceAsync(Body<DeleteNamespaceRequest>(undo.Body, undo.Operation), cancellationToken);
        await WaitForAsync(deleting.OperationId, undo.Operation, cancellationToken);
    }

    /// <summary>Polls an asynchronous Cloud Map operation until it succeeds; FAIL and running out of time are AWS-shaped errors the runner journals.</summary>
    private async Task<CloudMapOperation> WaitForAsync(string? operationId, string operation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(operationId))
        {
            throw new AwsServiceException("ServiceDiscovery", operation, "MissingOperationId", "Cloud Map answered without an operation id to follow.", null, HttpStatusCode.OK);
        }

        var deadline = timeProvider.GetUtcNow() + OperationLimit;
        while (true)
        {
            var current = (await _cloudMap.GetOperationAsync(new GetOperationRequest { OperationId = operationId }, cancellationToken)).Operation;
            switch (current?.Status)
            {
                case "SUCCESS":
                    return current;
                case "FAIL":
                    throw new AwsServiceException("ServiceDiscovery", operation, current.ErrorCode ?? "OperationFailed",
                        $"Cloud Map operation {operationId} failed: {current.ErrorMessage}", null, HttpStatusCode.OK);
            }

            if (timeProvider.GetUtcNow() >= deadline)
            {
                throw new AwsServiceException("ServiceDiscovery", operation, "OperationTimedOut",
                    $"Cloud Map operation {operationId} was still {current?.Status ?? "unknown"} after {OperationLimit.TotalMinutes:0} minutes; resume to check again.", null, HttpStatusCode.OK);
            }

            await Task.Delay(PollInterval, timeProvider, cancellationToken);
        }
    }

    private async Task<ExistenceCheckResult> CheckNamespaceAsync(PlannedCall call, CreatePrivateDnsNamespaceRequest request, CancellationToken cancellationToken)
    {
        var name = request.Name.TrimEnd('.');
        await foreach (var found in _cloudMap.ListNamespacesAsync(new ListNamespacesRequest
        {
            Filters = [new NamespaceFilter { Name = "NAME", Values = [name], Condition = "EQ" }],
        }, cancellationToken))
        {
            if (found.Name != name)
            {
                continue;
            }

            if (found.Type != "DNS_PRIVATE")
            {
                return new ExistenceCheckResult(ExistenceState.Conflict, $"A {found.Type} namespace named {name} exists already ({found.Id}). Choose another namespace name.");
            }

            return await OwnedAsync(new ExistenceCheckResult(ExistenceState.Exists, $"private DNS namespace {name} exists ({found.Id})")
            {
                Response = new JsonObject { ["OperationId"] = null, ["NamespaceId"] = found.Id },
            }, call, found.Arn, cancellationToken);
        }

        return ExistenceCheckResult.Missing;
    }

    private async Task<ExistenceCheckResult> CheckServiceAsync(PlannedCall call, CreateServiceRequest request, CancellationToken cancellationToken)
    {
        var namespaceId = request.NamespaceId ?? request.DnsConfig?.NamespaceId;
        if (namespaceId is null)
        {
            return ExistenceCheckResult.Missing;
        }

        await foreach (var found in _cloudMap.ListServicesAsync(new ListServicesRequest
        {
            Filters = [new ServiceFilter { Name = "NAMESPACE_ID", Values = [namespaceId], Condition = "EQ" }],
        }, cancellationToken))
        {
            if (found.Name == request.Name && found.Id is { } id)
            {
                var service = await _cloudMap.GetServiceAsync(new GetServiceRequest { Id = id }, cancellationToken);
                return await OwnedAsync(new ExistenceCheckResult(ExistenceState.Exists, $"Cloud Map service {request.Name} exists ({found.Arn})")
                {
                    Response = Node(new CreateServiceResponse { Service = service.Service }),
                }, call, found.Arn ?? service.Service?.Arn, cancellationToken);
            }
        }

        return ExistenceCheckResult.Missing;
    }

    /// <summary>
    /// "Made by this run or before it", told by the namespace's or service's <c>ecsconsole:run</c> tag when the call carries
    /// the run's tag; a preview (no run tag) asks nothing more.
    /// </summary>
    private async Task<ExistenceCheckResult> OwnedAsync(ExistenceCheckResult result, PlannedCall call, string? arn, CancellationToken cancellationToken)
    {
        if (RunTags.RunIdOf(call) is null || string.IsNullOrEmpty(arn))
        {
            return result;
        }

        var listed = await _cloudMap.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = arn }, cancellationToken);
        return RunTags.Owned(result, call, (listed.Tags ?? []).Select(t => new KeyValuePair<string, string?>(t.Key, t.Value)));
    }
}
