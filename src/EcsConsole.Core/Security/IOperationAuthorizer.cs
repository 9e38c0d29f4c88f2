namespace EcsConsole.Core.Security;

/// <summary>
/// The gate every mutating service-layer operation goes through: checks the operator's role and production
/// confirmation, runs the action, and writes exactly one audit entry for the attempt. Scoped (it reads the current operator).
/// </summary>
public interface IOperationAuthorizer
{
    /// <summary>
    /// Runs <paramref name="action"/> if allowed. Throws <see cref="OperationDeniedException"/> when refused (after auditing
    /// the refusal); rethrows the action's exception after auditing the failure. The audit entry is written even when
    /// <paramref name="cancellationToken"/> is cancelled, because the attempt happened.
    /// </summary>
    Task<T> RunAsync<T>(MutatingOperation operation, OperationRequest request, Func<OperationScope, CancellationToken, Task<T>> action, CancellationToken cancellationToken);
}
