using System.Text.Json;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using static EcsConsole.Core.Wizards.WizardCallJson;

namespace EcsConsole.Core.Wizards.Ecs;

/// <summary>
/// Sends the Task definition wizard's ECS RegisterTaskDefinition through <see cref="IEcsClient"/>. Each run adds a
/// revision; a resumed run finds the one it registered already by its run tag (see <see cref="CheckAsync"/>). Undo is
/// DeregisterTaskDefinition of the revision it registered (<c>${TaskDefinition.Arn}</c>); an INACTIVE or unknown revision
/// counts as undone.
/// </summary>
public sealed class EcsTaskDefinitionCallExecutor(IEcsClient ecs) : IWizardCallExecutor
{
    public string Service => "ecs";

    public IReadOnlyCollection<string> Operations { get; } = ["RegisterTaskDefinition"];

    // How many of the family's newest revisions are read for the run's tag: a run registers one, and a resume follows soon.
    private const int RevisionsSearched = 10;

    /// <summary>
    /// A registration never "exists" by name: each run adds a revision. What does exist is a revision this very run
    /// registered before the console lost the answer (or died), found by the run's <see cref="RunTags.Key"/> tag among
    /// the family's newest ACTIVE revisions; it is this run's, so it is not registered a second time.
    /// </summary>
    public async Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        if (call.Operation != "RegisterTaskDefinition")
        {
            throw Unsupported(call.Operation);
        }

        var family = Body<RegisterTaskDefinitionRequest>(call.Body, call.Operation).Family;
        if (RunTags.RunIdOfEcsBody(call.Body) is not { } runId || string.IsNullOrEmpty(family))
        {
            return new ExistenceCheckResult(ExistenceState.Missing, "a new revision is registered on every run");
        }

        var searched = 0;
        await foreach (var arn in ecs.ListTaskDefinitionsAsync(new ListTaskDefinitionsRequest { FamilyPrefix = family, Status = "ACTIVE", Sort = "DESC" }, cancellationToken))
        {
            if (++searched > RevisionsSearched)
            {
                break;
            }

            var described = await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = arn, Include = ["TAGS"] }, cancellationToken);
            if (described.TaskDefinition is { Family: var found } && found == family
                && described.Tags?.Any(t => t.Key == RunTags.Key && t.Value == runId) == true)
            {
                return new ExistenceCheckResult(ExistenceState.Exists, $"{arn}, registered by this run")
                {
                    Response = JsonSerializer.SerializeToNode(new RegisterTaskDefinitionResponse { TaskDefinition = described.TaskDefinition, Tags = described.Tags }, AwsJsonSerializer.Options),
                    CreatedByThisRun = true,
                };
            }
        }

        return new ExistenceCheckResult(ExistenceState.Missing, "no revision of this run yet: a new one is registered");
    }

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
