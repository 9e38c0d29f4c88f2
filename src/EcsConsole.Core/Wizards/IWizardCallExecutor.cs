using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// Sends some planned calls of one AWS service. Singleton; stateless. AWS failures surface as
/// <see cref="EcsConsole.Aws.AwsServiceException"/> with AWS's own code. Several executors may serve one service, each
/// for its own operations.
/// </summary>
public interface IWizardCallExecutor
{
    /// <summary>The service it handles, as in <see cref="PlannedCall.Service"/>, e.g. <c>iam</c>.</summary>
    string Service { get; }

    /// <summary>The operations of <see cref="Service"/> it sends (the creating calls; their undo calls come along).</summary>
    IReadOnlyCollection<string> Operations { get; }

    /// <summary>
    /// Whether the call's resource exists already. When it does and the call declares outputs, the result carries the
    /// existing resource in the shape of the call's own response, so the outputs can be read from it.
    /// </summary>
    Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken);

    /// <summary>Sends the call; returns the created resource's identifier (an ARN) for people and the response, from which declared outputs are read.</summary>
    Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken);

    /// <summary>Sends the undo call. Something already gone counts as undone.</summary>
    Task UndoAsync(PlannedCall call, CancellationToken cancellationToken);
}

/// <param name="Identifier">The created resource's ARN or id, shown in the journal; null when the call creates nothing addressable.</param>
/// <param name="Response">The response with the model's member names (<c>AwsJsonSerializer</c> output), or null when there is none.</param>
public sealed record CallResult(string? Identifier, JsonNode? Response)
{
    public static CallResult None { get; } = new(null, null);
}
