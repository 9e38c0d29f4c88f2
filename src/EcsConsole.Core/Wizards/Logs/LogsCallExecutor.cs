using System.Text.Json;
using EcsConsole.Aws;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Logs;
using static EcsConsole.Core.Wizards.WizardCallJson;

namespace EcsConsole.Core.Wizards.Logs;

/// <summary>
/// Sends the CloudWatch Logs calls of a wizard plan through <see cref="ILogsClient"/>. Existence: DescribeLogGroups by
/// prefix, matched exactly (a prefix also finds <c>/ecs/users-worker</c> for <c>/ecs/users</c>); a retention policy
/// exists when the group keeps events for the planned days already. Undo of CreateLogGroup is DeleteLogGroup.
/// </summary>
public sealed class LogsCallExecutor(ILogsClient logs) : IWizardCallExecutor
{
    public string Service => "logs";

    public IReadOnlyCollection<string> Operations { get; } = ["CreateLogGroup", "PutRetentionPolicy"];

    public async Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        switch (call.Operation)
        {
            case "CreateLogGroup":
                var created = Body<CreateLogGroupRequest>(call.Body, call.Operation);
                return await FindAsync(created.LogGroupName, cancellationToken) is { } group
                    ? new ExistenceCheckResult(ExistenceState.Exists, $"log group {group.LogGroupName} exists ({Retention(group.RetentionInDays)})")
                    : ExistenceCheckResult.Missing;
            case "PutRetentionPolicy":
                var retention = Body<PutRetentionPolicyRequest>(call.Body, call.Operation);
                return await FindAsync(retention.LogGroupName, cancellationToken) is { } existing && existing.RetentionInDays == retention.RetentionInDays
                    ? new ExistenceCheckResult(ExistenceState.Exists, $"log group {existing.LogGroupName} keeps events {retention.RetentionInDays} days already")
                    : ExistenceCheckResult.Missing;
            default:
                throw Unsupported(call.Operation);
        }
    }

    public async Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        switch (call.Operation)
        {
            case "CreateLogGroup":
                var created = Body<CreateLogGroupRequest>(call.Body, call.Operation);
                await logs.CreateLogGroupAsync(created, cancellationToken);
                // CreateLogGroup answers nothing: the group read back gives the journal its ARN.
                var group = await FindAsync(created.LogGroupName, cancellationToken);
                return new CallResult(group?.LogGroupArn ?? group?.Arn ?? created.LogGroupName, null);
            case "PutRetentionPolicy":
                var retention = Body<PutRetentionPolicyRequest>(call.Body, call.Operation);
                await logs.PutRetentionPolicyAsync(retention, cancellationToken);
                return new CallResult($"{retention.LogGroupName}: {retention.RetentionInDays} days", null);
            default:
                throw Unsupported(call.Operation);
        }
    }

    public async Task UndoAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var undo = call.Undo ?? throw new InvalidOperationException($"{call.Action} has no undo call.");
        if (undo.Operation != "DeleteLogGroup")
        {
            throw Unsupported(undo.Operation);
        }

        try
        {
            await logs.DeleteLogGroupAsync(Body<DeleteLogGroupRequest>(undo.Body, undo.Operation), cancellationToken);
        }
        catch (AwsServiceException error) when (error.ErrorCode == "ResourceNotFoundException")
        {
            // Already gone (deleted by hand, or by an earlier rollback attempt): nothing left to undo.
        }
    }

    private async Task<LogGroup?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await foreach (var group in logs.DescribeLogGroupsAsync(new DescribeLogGroupsRequest { LogGroupNamePrefix = name }, cancellationToken))
        {
            if (group.LogGroupName == name)
            {
                return group;
            }
        }

        return null;
    }

    private static string Retention(int? days) => days is { } kept ? $"keeps events {kept} days" : "keeps events forever";


    private static NotSupportedException Unsupported(string operation) => new($"The CloudWatch Logs wizard executor does not send {operation}.");
}
