namespace EcsConsole.Core.Wizards;

/// <summary>
/// Sends the planned calls of one AWS service. Singleton; stateless. AWS failures surface as
/// <see cref="EcsConsole.Aws.AwsServiceException"/> with AWS's own code.
/// </summary>
public interface IWizardCallExecutor
{
    /// <summary>The service prefix it handles, e.g. <c>iam</c>.</summary>
    string Service { get; }

    Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken);

    /// <summary>Sends the call; returns the created resource's identifier (an ARN) when it has one.</summary>
    Task<string?> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken);

    /// <summary>Sends the undo call. Something already gone counts as undone.</summary>
    Task UndoAsync(PlannedCall call, CancellationToken cancellationToken);
}
