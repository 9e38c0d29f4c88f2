using System.Text.Json;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using EcsConsole.Core.Wizards.Export.CloudFormation;
using static EcsConsole.Core.Wizards.WizardCallJson;

namespace EcsConsole.Core.Wizards.Ecs;

/// <summary>
/// Sends the Task definition wizard's ECS RegisterTaskDefinition through <see cref="IEcsClient"/>. Each run adds a
/// revision; a resumed run finds the one it registered already by its run tag (see <see cref="CheckRegisteredAsync"/>). Undo is
/// DeregisterTaskDefinition of the revision it registered (<c>${TaskDefinition.Arn}</c>); an INACTIVE or unknown revision
/// counts as undone.
/// </summary>
public sealed class EcsTaskDefinitionCallExecutor(IEcsClient ecs) : TableCallExecutor<EcsTaskDefinitionCallExecutor>(Table)
{
    // A field, so the table's rows can reach the client of the executor they are given.
    private readonly IEcsClient _ecs = ecs;

    public static WizardOperationTable<EcsTaskDefinitionCallExecutor> Table { get; } = new("ecs", "ECS task definition",
    [
        new("RegisterTaskDefinition", (e, call, ct) => e.CheckRegisteredAsync(call, ct),
            async (e, call, ct) =>
            {
                var response = await e._ecs.RegisterTaskDefinitionAsync(Body<RegisterTaskDefinitionRequest>(call.Body, call.Operation), ct);
                return new CallResult(response.TaskDefinition?.TaskDefinitionArn, JsonSerializer.SerializeToNode(response, AwsJsonSerializer.Options));
            },
            new("DeregisterTaskDefinition", (e, undo, ct) => e._ecs.DeregisterTaskDefinitionAsync(Body<DeregisterTaskDefinitionRequest>(undo.Body, undo.Operation), ct)),
            EcsTaskDefinitionCloudFormationMapper.TaskDefinition, WizardCliGuard.None),
    ],
    // Already gone (deregistered by hand): nothing left to undo.
    error => error.ErrorCode == "ClientException" && error.AwsMessage?.Contains("does not exist", StringComparison.OrdinalIgnoreCase) == true);

    // How many of the family's newest revisions are read for the run's tag: a run registers one, and a resume follows soon.
    private const int RevisionsSearched = 10;

    /// <summary>
    /// A registration never "exists" by name: each run adds a revision. What does exist is a revision this very run
    /// registered before the console lost the answer (or died), found by the run's <see cref="RunTags.Key"/> tag among
    /// the family's newest ACTIVE revisions; it is this run's, so it is not registered a second time.
    /// </summary>
    private async Task<ExistenceCheckResult> CheckRegisteredAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var family = Body<RegisterTaskDefinitionRequest>(call.Body, call.Operation).Family;
        if (RunTags.RunIdOfEcsBody(call.Body) is not { } runId || string.IsNullOrEmpty(family))
        {
            return new ExistenceCheckResult(ExistenceState.Missing, "a new revision is registered on every run");
        }

        var searched = 0;
        await foreach (var arn in _ecs.ListTaskDefinitionsAsync(new ListTaskDefinitionsRequest { FamilyPrefix = family, Status = "ACTIVE", Sort = "DESC" }, cancellationToken))
        {
            if (++searched > RevisionsSearched)
            {
                break;
            }

            var described = await _ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = arn, Include = ["TAGS"] }, cancellationToken);
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
}
