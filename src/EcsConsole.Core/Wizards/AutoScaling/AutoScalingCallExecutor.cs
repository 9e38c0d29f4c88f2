using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Aws.AutoScaling;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.Export.CloudFormation;
using static EcsConsole.Core.Wizards.WizardCallJson;

namespace EcsConsole.Core.Wizards.AutoScaling;

/// <summary>
/// Sends a wizard's EC2 Auto Scaling CreateAutoScalingGroup through <see cref="IAutoScalingClient"/>. The API answers nothing,
/// so the executor reads the group back and returns that <c>DescribeAutoScalingGroups</c> response: plans declare
/// <c>["Arn"] = "AutoScalingGroups[0].AutoScalingGroupARN"</c> (and <c>Name</c> likewise). Existence: a group of that name
/// launching the planned template is the planned one; one launching another template stops the run. Undo deletes it with
/// ForceDelete and waits, on the injected clock and for at most <see cref="DeleteLimit"/>, until it is gone, so its
/// instances no longer hold the launch template's security groups rolled back next.
/// </summary>
public sealed class AutoScalingCallExecutor(IAutoScalingClient autoScaling, TimeProvider timeProvider) : TableCallExecutor<AutoScalingCallExecutor>(Table)
{
    public static readonly TimeSpan DeleteLimit = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan DeletePoll = TimeSpan.FromSeconds(10);

    // A field, so the table's rows can reach the client of the executor they are given.
    private readonly IAutoScalingClient _autoScaling = autoScaling;

    public static WizardOperationTable<AutoScalingCallExecutor> Table { get; } = new("autoscaling", "Auto Scaling",
    [
        new("CreateAutoScalingGroup", (e, call, ct) => e.CheckGroupAsync(call, ct), (e, call, ct) => e.CreateGroupAsync(call, ct),
            new("DeleteAutoScalingGroup", (e, undo, ct) => e.DeleteGroupAsync(undo, ct)),
            AutoScalingCloudFormationMapper.AutoScalingGroup,
            WizardCliGuard.SkipWhen(call =>
            {
                var name = AwsCliScriptExporter.Quote(JsonNode.Parse(call.Body)!["AutoScalingGroupName"]!.GetValue<string>());
                return $"aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names {name} --query 'AutoScalingGroups[].AutoScalingGroupName' --output text ${{ENDPOINT_ARGS}} | grep -q .";
            })),
    ]);

    private async Task<ExistenceCheckResult> CheckGroupAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var request = Body<CreateAutoScalingGroupRequest>(call.Body, call.Operation);
        var existing = await FindAsync(request.AutoScalingGroupName, cancellationToken);
        if (existing is null)
        {
            return ExistenceCheckResult.Missing;
        }

        var planned = request.LaunchTemplate?.LaunchTemplateName ?? request.LaunchTemplate?.LaunchTemplateId;
        var launching = existing.LaunchTemplate is { } template ? new[] { template.LaunchTemplateName, template.LaunchTemplateId } : [];
        if (planned is not null && !launching.Contains(planned))
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"An Auto Scaling group named {request.AutoScalingGroupName} already exists and launches {launching.FirstOrDefault(t => t is not null) ?? "no launch template"}, not {planned}. Choose another group name, or delete that group first.");
        }

        return RunTags.Owned(new ExistenceCheckResult(ExistenceState.Exists,
            $"Auto Scaling group {existing.AutoScalingGroupName} exists ({existing.AutoScalingGroupARN}, {existing.Instances?.Count ?? 0} instances)")
        {
            Response = Node(new DescribeAutoScalingGroupsResponse { AutoScalingGroups = [existing] }),
        }, call, existing.Tags?.Select(t => KeyValuePair.Create(t.Key ?? "", t.Value)));
    }

    private async Task<CallResult> CreateGroupAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var request = Body<CreateAutoScalingGroupRequest>(call.Body, call.Operation);
        await _autoScaling.CreateAutoScalingGroupAsync(request, cancellationToken);
        var created = await FindAsync(request.AutoScalingGroupName, cancellationToken)
            ?? throw new InvalidOperationException($"Auto Scaling created group {request.AutoScalingGroupName} but does not describe it; try Resume.");
        return new CallResult(created.AutoScalingGroupARN, Node(new DescribeAutoScalingGroupsResponse { AutoScalingGroups = [created] }));
    }

    private async Task DeleteGroupAsync(UndoCall undo, CancellationToken cancellationToken)
    {
        var request = Body<DeleteAutoScalingGroupRequest>(undo.Body, undo.Operation) with { ForceDelete = true };
        try
        {
            await _autoScaling.DeleteAutoScalingGroupAsync(request, cancellationToken);
        }
        catch (AwsServiceException error) when (error.ErrorCode == "ValidationError" && error.Message.Contains("not found", StringComparison.OrdinalIgnoreCase))
        {
            // Already gone: deleted by hand or by an earlier rollback attempt.
            return;
        }
        catch (AwsServiceException error) when (error.ErrorCode == "ScalingActivityInProgress")
        {
            // A delete is under way already (an earlier attempt): only the waiting is left.
        }

        var deadline = timeProvider.GetUtcNow() + DeleteLimit;
        while (await FindAsync(request.AutoScalingGroupName, cancellationToken) is not null && timeProvider.GetUtcNow() < deadline)
        {
            await Task.Delay(DeletePoll, timeProvider, cancellationToken);
        }
    }

    private async Task<AutoScalingGroup?> FindAsync(string name, CancellationToken cancellationToken) =>
        await _autoScaling.DescribeAutoScalingGroupsAsync(new DescribeAutoScalingGroupsRequest { AutoScalingGroupNames = [name] }, cancellationToken)
            .FirstOrDefaultAsync(g => g.AutoScalingGroupName == name, cancellationToken);
}
