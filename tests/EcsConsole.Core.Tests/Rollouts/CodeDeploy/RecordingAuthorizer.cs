using EcsConsole.Core.Security;

namespace EcsConsole.Core.Tests.Rollouts.CodeDeploy;

/// <summary>An operation gate that records what it was asked and either runs the action or refuses it.</summary>
internal sealed class RecordingAuthorizer : IOperationAuthorizer
{
    public bool Refuse { get; set; }

    public List<(MutatingOperation Operation, OperationRequest Request)> Calls { get; } = [];

    public Task<T> RunAsync<T>(MutatingOperation operation, OperationRequest request, Func<OperationScope, CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        Calls.Add((operation, request));
        if (Refuse)
        {
            throw new OperationDeniedException(operation, "Viewers cannot start rollouts.");
        }
        return action(OperationScope.Begin(), cancellationToken);
    }
}
