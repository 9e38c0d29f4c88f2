namespace EcsConsole.Core.Security;

public static class OperationAuthorizerExtensions
{
    /// <summary>The common shape: the action needs only the cancellation token; AWS request ids reach the audit through <see cref="OperationScope.Current"/>.</summary>
    public static Task<T> RunAsync<T>(this IOperationAuthorizer authorizer, MutatingOperation operation, OperationRequest request, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken) =>
        authorizer.RunAsync(operation, request, (_, ct) => action(ct), cancellationToken);

    public static Task RunAsync(this IOperationAuthorizer authorizer, MutatingOperation operation, OperationRequest request, Func<CancellationToken, Task> action, CancellationToken cancellationToken) =>
        authorizer.RunAsync(operation, request, async (_, ct) => { await action(ct); return true; }, cancellationToken);
}
