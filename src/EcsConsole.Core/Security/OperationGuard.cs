using EcsConsole.Aws;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Connection;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Security;

/// <summary>
/// The service layer's single gate for changes: role check, production confirmation, then the action, with exactly
/// one audit entry per attempt. The entry is written (as Started) before the action runs and completed with its outcome
/// after, so a console that dies mid-action still leaves the attempt on record. Pages may hide buttons, but this is where
/// a refusal is enforced.
/// </summary>
public sealed class OperationGuard(
    ICurrentOperator currentOperator,
    IProductionClusterPolicy productionPolicy,
    IAuditTrail auditTrail,
    ILogger<OperationGuard> logger,
    ConnectionCatalog? connections = null,
    AwsConnection? aws = null) : IOperationAuthorizer
{
    public const string AnonymousActor = "(anonymous)";

    public async Task<T> RunAsync<T>(MutatingOperation operation, OperationRequest request, Func<OperationScope, CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(action);
        var rule = OperationPolicy.For(operation);
        var actor = await currentOperator.GetAsync(cancellationToken);
        var connection = ConnectionOfThisFlow();
        var refusal = NoAccessRefusal(rule, actor, connection);
        // The role that counts is the one on the connection the action would run in (a user may be Operator on staging, Viewer on production).
        if (actor is not null && connection is not null)
        {
            actor = actor with { Role = ConnectionCatalog.RoleOn(actor, connection) ?? actor.Role };
        }

        refusal ??= await RefusalAsync(rule, actor, request, cancellationToken);
        if (refusal is not null)
        {
            await AuditAsync(rule, actor, request, AuditOutcome.Denied, refusal, []);
            logger.LogWarning("Refused {Operation} on {Target} for {Actor}: {Reason}", rule.Name, request.Target, actor?.Name ?? AnonymousActor, refusal);
            throw new OperationDeniedException(operation, refusal);
        }

        var started = await AuditAsync(rule, actor, request, AuditOutcome.Started, null, []);
        var scope = OperationScope.Begin(started.Id);
        T result;
        try
        {
            result = await action(scope, cancellationToken);
        }
        catch (Exception ex)
        {
            await auditTrail.CompleteAsync(started.Id, AuditOutcome.Failed, Describe(ex), scope.AwsRequestIds.Concat(RequestIdsOf(ex)).Distinct().ToArray(), CancellationToken.None);
            throw;
        }

        var (outcome, failure) = scope.ReportedOutcome ?? (AuditOutcome.Succeeded, null);
        await auditTrail.CompleteAsync(started.Id, outcome, failure, scope.AwsRequestIds, CancellationToken.None);
        return result;
    }

    private async Task<string?> RefusalAsync(OperationRule rule, OperatorIdentity? actor, OperationRequest request, CancellationToken cancellationToken)
    {
        if (actor is null)
        {
            return $"{rule.Name} needs a signed-in operator; sign in and try again.";
        }

        if (!actor.Role.Includes(rule.MinimumRole))
        {
            var where = ConnectionOfThisFlow() is { } connection && connections!.All.Count > 1 ? $" on connection {connection.Name}" : "";
            return $"{rule.Name} needs the {rule.MinimumRole} role{where}; {actor.Name} is {actor.Role}{where}. Ask an administrator for access.";
        }

        if (rule.ChangesService && request.Cluster is { Length: > 0 } cluster
            && await productionPolicy.IsProductionAsync(cluster, cancellationToken))
        {
            if (string.IsNullOrEmpty(request.Service))
            {
                return $"{rule.Name} on production cluster {cluster} must name the service it changes.";
            }

            if (!string.Equals(request.ConfirmationText?.Trim(), request.Service, StringComparison.Ordinal))
            {
                return $"{cluster} is a production cluster: type the service name \"{request.Service}\" to confirm {rule.Name}.";
            }
        }

        return null;
    }

    // The connection the action would act in: the flow's ambient one (a browser session's choice, a monitor's own).
    private ConsoleConnection? ConnectionOfThisFlow() =>
        connections is null || aws is null ? null : connections.Find(aws.Current.ConnectionName) ?? connections.Default;

    private static string? NoAccessRefusal(OperationRule rule, OperatorIdentity? actor, ConsoleConnection? connection) =>
        actor is not null && connection is not null && ConnectionCatalog.RoleOn(actor, connection) is null
            ? $"{rule.Name} is refused: {actor.Name} has no role on connection {connection.Name}. Ask an administrator for access."
            : null;

    // The attempt happened whatever the caller's token says, so the entry is written without it.
    private Task<AuditEntry> AuditAsync(OperationRule rule, OperatorIdentity? actor, OperationRequest request, AuditOutcome outcome, string? error, IReadOnlyList<string> requestIds) =>
        auditTrail.RecordAsync(new AuditRecord
        {
            Actor = actor?.Name ?? AnonymousActor,
            Role = actor?.Role,
            Operation = rule.Name,
            Target = request.Target,
            Parameters = request.Parameters,
            Outcome = outcome,
            Error = error,
            AwsRequestIds = requestIds,
            Note = request.Note,
        }, CancellationToken.None);

    private static string Describe(Exception ex) => ex switch
    {
        OperationCanceledException => "Cancelled before it finished.",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };

    // AWS errors carry the id of the failed request, which is the one support will ask for.
    private static IEnumerable<string> RequestIdsOf(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            if (e is AwsServiceException { RequestId: { Length: > 0 } id }) yield return id;
        }
    }
}
