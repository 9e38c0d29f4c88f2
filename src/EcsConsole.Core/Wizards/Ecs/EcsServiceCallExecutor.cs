using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Wizards.Export.CloudFormation;
using static EcsConsole.Core.Wizards.WizardCallJson;

namespace EcsConsole.Core.Wizards.Ecs;

/// <summary>
/// Sends the Service wizard's ECS CreateService through <see cref="IEcsClient"/>. Existence: DescribeServices — an ACTIVE
/// service with the planned settings (<see cref="ServiceSettingsComparison"/>) is the planned one (skipped); another family,
/// other settings, or one still DRAINING from an earlier delete, stops the run with what differs and what to change. Undo scales the service to zero, deletes it (force) and waits, on the
/// injected clock and for at most <see cref="DrainLimit"/>, until its tasks stopped, so the Cloud Map service and target
/// group rolled back after it are no longer in use.
/// </summary>
public sealed class EcsServiceCallExecutor(IEcsClient ecs, TimeProvider timeProvider) : TableCallExecutor<EcsServiceCallExecutor>(Table)
{
    public static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan DrainPoll = TimeSpan.FromSeconds(5);

    // A field, so the table's rows can reach the client of the executor they are given.
    private readonly IEcsClient _ecs = ecs;

    public static WizardOperationTable<EcsServiceCallExecutor> Table { get; } = new("ecs", "ECS service",
    [
        new("CreateService", (e, call, ct) => e.CheckServiceAsync(call, ct),
            async (e, call, ct) =>
            {
                var response = await e._ecs.CreateServiceAsync(Body<CreateServiceRequest>(call.Body, call.Operation), ct);
                return new CallResult(response.Service?.ServiceArn, Node(response));
            },
            new("DeleteService", (e, undo, ct) => e.DeleteServiceAsync(Body<DeleteServiceRequest>(undo.Body, undo.Operation), ct)),
            EcsServiceCloudFormationMapper.Service, WizardCliGuard.None),
    ]);

    private async Task<ExistenceCheckResult> CheckServiceAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var request = Body<CreateServiceRequest>(call.Body, call.Operation);
        var existing = await FindAsync(request.Cluster, request.ServiceName, cancellationToken);
        if (existing?.Status is not ("ACTIVE" or "DRAINING"))
        {
            return ExistenceCheckResult.Missing;
        }

        var where = $"{request.ServiceName} on cluster {request.Cluster ?? "default"}";
        if (existing.Status == "DRAINING")
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"Service {where} is still being deleted (DRAINING). Wait until its tasks have stopped and it is INACTIVE, then resume; or choose another service name.");
        }

        var planned = Family(request.TaskDefinition);
        var running = Family(existing.TaskDefinition);
        if (!string.Equals(planned, running, StringComparison.Ordinal))
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"A service named {where} already exists and runs task definition family {running}, not {planned}. Choose another service name, or delete that service first.");
        }

        // Same name and family but other settings is not the planned service: skipping it would report a success it is not.
        if (ServiceSettingsComparison.Differences(request, existing) is { Count: > 0 } differences)
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"Service {where} exists with {string.Join("; ", differences)}. Choose another service name, or change the plan to match that service.");
        }

        return RunTags.Owned(new ExistenceCheckResult(ExistenceState.Exists, $"service {where} exists ({existing.ServiceArn}, {existing.TaskDefinition})")
        {
            Response = Node(new CreateServiceResponse { Service = existing }),
        }, call, existing.Tags?.Select(t => System.Collections.Generic.KeyValuePair.Create(t.Key ?? "", t.Value)));
    }

    private async Task DeleteServiceAsync(DeleteServiceRequest request, CancellationToken cancellationToken)
    {
        try
        {
            // Scaled to zero first, as the console asks of people: the delete then only drains what is already stopping.
            await _ecs.UpdateServiceAsync(new UpdateServiceRequest { Cluster = request.Cluster, Service = request.Service, DesiredCount = 0 }, cancellationToken);
            await _ecs.DeleteServiceAsync(request, cancellationToken);
        }
        catch (AwsServiceException error) when (error.ErrorCode is "ServiceNotFoundException" or "ServiceNotActiveException" or "ClusterNotFoundException")
        {
            // Already deleted (by hand, or by an earlier rollback attempt): only the draining is left to wait for.
        }

        await WaitUntilDrainedAsync(request.Cluster, request.Service, cancellationToken);
    }

    private async Task WaitUntilDrainedAsync(string? cluster, string service, CancellationToken cancellationToken)
    {
        var deadline = timeProvider.GetUtcNow() + DrainLimit;
        while (true)
        {
            var current = await FindAsync(cluster, service, cancellationToken);
            if (current is null || current.Status == "INACTIVE" || (current.RunningCount ?? 0) + (current.PendingCount ?? 0) == 0)
            {
                return;
            }

            if (timeProvider.GetUtcNow() >= deadline)
            {
                // Not an error of the delete itself: what depends on the tasks (Cloud Map, target group) reports its own error next.
                return;
            }

            await Task.Delay(DrainPoll, timeProvider, cancellationToken);
        }
    }

    private async Task<Aws.Ecs.Service?> FindAsync(string? cluster, string service, CancellationToken cancellationToken)
    {
        try
        {
            var described = await _ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = cluster, Services = [service], Include = ["TAGS"] }, cancellationToken);

            // A name deleted and created again answers as the newest; prefer a live one.
            return described.Services?.OrderBy(s => s.Status == "INACTIVE").FirstOrDefault();
        }
        catch (AwsServiceException error) when (error.ErrorCode == "ClusterNotFoundException")
        {
            return null;
        }
    }

    /// <summary><c>users</c> from <c>users:42</c> or <c>arn:aws:ecs:…:task-definition/users:42</c>.</summary>
    internal static string Family(string? taskDefinition)
    {
        var text = taskDefinition ?? "";
        var slash = text.LastIndexOf('/');
        if (slash >= 0)
        {
            text = text[(slash + 1)..];
        }

        var colon = text.LastIndexOf(':');
        return colon > 0 && !text.StartsWith("arn:", StringComparison.Ordinal) ? text[..colon] : text;
    }
}
