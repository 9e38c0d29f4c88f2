using System.Text.Json;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using static EcsConsole.Core.Wizards.WizardCallJson;

namespace EcsConsole.Core.Wizards.Ecs;

/// <summary>
/// Sends the Task definition wizard's ECS RegisterTaskDefinition through <see cref="IEcsClient"/>. A registration never
/// "exists": each run adds a revision, and the runner's journal keeps a resumed run from sending it twice. Undo is
/// DeregisterTaskDefinition of the revision it registered (<c>${TaskDefinition.Arn}</c>); an INACTIVE or unknown revision
/// counts as undone.
/// </summary>
public sealed class EcsTaskDefinitionCallExecutor(IEcsClient ecs) : IWizardCallExecutor
{
    public string Service => "ecs";

    public IReadOnlyCollection<string> Operations { get; } = ["RegisterTaskDefinition"];

    public Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken) =>
        call.Operation == "RegisterTaskDefinition"
            ? Task.FromResult(new ExistenceCheckResult(ExistenceState.Missing, "a new revision is registered on every run"))
            : throw Unsupported(call.Operation);

    public async Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        if (call.Operation != "RegisterTaskDefinition")
        {
            throw Unsupported(call.Operation);
        }

        var response = await ecs.RegisterTaskDefinitionAsync(Body<RegisterTaskDefinitionRequest>(call.Body, call.Operation), cancellationToken);
        return new CallResult(response.TaskDefinition?.TaskDefinitionArn, JsonSerializer.SerializeToNode(response, AwsJsonSerializer.Options));
    }

    public async Task UndoAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var undo = call.Undo ?? throw new InvalidOperationException($"{call.Action} has no undo call.");
        if (undo.Operation != "DeregisterTaskDefinition")
        {
            throw Unsupported(undo.Operation);
        }

        try
        {
            await ecs.DeregisterTaskDefinitionAsync(Body<DeregisterTaskDefinitionRequest>(undo.Body, undo.Operation), cancellationToken);
        }
        catch (AwsServiceException error) when (error.ErrorCode == "ClientException" && error.AwsMessage?.Contains("does not exist", StringComparison.OrdinalIgnoreCase) == true)
        {
            // Already gone (deleted by hand): nothing left to undo.
        }
    }


    private static NotSupportedException Unsupported(string operation) => new($"The ECS task definition executor does not send {operation}.");
}
