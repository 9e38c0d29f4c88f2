using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Logs;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.Export.CloudFormation;
using static EcsConsole.Core.Wizards.WizardCallJson;

namespace EcsConsole.Core.Wizards.Logs;

/// <summary>
/// Sends the CloudWatch Logs calls of a wizard plan through <see cref="ILogsClient"/>. Existence: DescribeLogGroups by
/// prefix, matched exactly (a prefix also finds <c>/ecs/users-worker</c> for <c>/ecs/users</c>); a retention policy
/// exists when the group keeps events for the planned days already. Undo of CreateLogGroup is DeleteLogGroup.
/// </summary>
public sealed class LogsCallExecutor(ILogsClient logs) : TableCallExecutor<LogsCallExecutor>(Table)
{
    // A field, so the table's rows can reach the client of the executor they are given.
    private readonly ILogsClient _logs = logs;

    public static WizardOperationTable<LogsCallExecutor> Table { get; } = new("logs", "CloudWatch Logs wizard",
    [
        new("CreateLogGroup", (e, call, ct) => e.CheckGroupAsync(call, ct), (e, call, ct) => e.CreateGroupAsync(call, ct),
            new("DeleteLogGroup", (e, undo, ct) => e._logs.DeleteLogGroupAsync(Body<DeleteLogGroupRequest>(undo.Body, undo.Operation), ct)),
            LogsCloudFormationMapper.LogGroup, WizardCliGuard.SkipWhen(GroupExistsCommand)),
        new("PutRetentionPolicy", (e, call, ct) => e.CheckRetentionAsync(call, ct), (e, call, ct) => e.PutRetentionAsync(call, ct),
            null, LogsCloudFormationMapper.RetentionPolicy, WizardCliGuard.None),
    ], error => error.ErrorCode == "ResourceNotFoundException");

    private async Task<ExistenceCheckResult> CheckGroupAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var created = Body<CreateLogGroupRequest>(call.Body, call.Operation);
        return await FindAsync(created.LogGroupName, cancellationToken) is { } group
            ? await OwnedAsync(new ExistenceCheckResult(ExistenceState.Exists, $"log group {group.LogGroupName} exists ({Retention(group.RetentionInDays)})"), call, group, cancellationToken)
            : ExistenceCheckResult.Missing;
    }

    /// <summary>
    /// "Made by this run or before it", told by the group's <c>ecsconsole:run</c> tag (ListTagsForResource) when the call
    /// carries the run's tag; a preview (no run tag) asks nothing more.
    /// </summary>
    private async Task<ExistenceCheckResult> OwnedAsync(ExistenceCheckResult result, PlannedCall call, LogGroup group, CancellationToken cancellationToken)
    {
        // ListTagsForResource names a group by its ARN without the trailing ":*" (older answers carry only that form).
        var arn = group.LogGroupArn ?? (group.Arn is { } starred && starred.EndsWith(":*", StringComparison.Ordinal) ? starred[..^2] : group.Arn);
        if (RunTags.RunIdOf(call) is null || string.IsNullOrEmpty(arn))
        {
            return result;
        }

        var tags = await _logs.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = arn }, cancellationToken);
        return RunTags.Owned(result, call, (tags.Tags ?? new Dictionary<string, string>()).Select(t => new KeyValuePair<string, string?>(t.Key, t.Value)));
    }

    private async Task<ExistenceCheckResult> CheckRetentionAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var retention = Body<PutRetentionPolicyRequest>(call.Body, call.Operation);
        return await FindAsync(retention.LogGroupName, cancellationToken) is { } existing && existing.RetentionInDays == retention.RetentionInDays
            ? new ExistenceCheckResult(ExistenceState.Exists, $"log group {existing.LogGroupName} keeps events {retention.RetentionInDays} days already")
            : ExistenceCheckResult.Missing;
    }

    private async Task<CallResult> CreateGroupAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var created = Body<CreateLogGroupRequest>(call.Body, call.Operation);
        await _logs.CreateLogGroupAsync(created, cancellationToken);
        // CreateLogGroup answers nothing: the group read back gives the journal its ARN.
        var group = await FindAsync(created.LogGroupName, cancellationToken);
        return new CallResult(group?.LogGroupArn ?? group?.Arn ?? created.LogGroupName, null);
    }

    private async Task<CallResult> PutRetentionAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var retention = Body<PutRetentionPolicyRequest>(call.Body, call.Operation);
        await _logs.PutRetentionPolicyAsync(retention, cancellationToken);
        return new CallResult($"{retention.LogGroupName}: {retention.RetentionInDays} days", null);
    }

    // The CLI twin of the existence check. A prefix also finds /ecs/users-worker for /ecs/users: the name must match a whole line.
    private static string GroupExistsCommand(PlannedCall call)
    {
        var group = AwsCliScriptExporter.Quote(JsonNode.Parse(call.Body)!["logGroupName"]!.GetValue<string>());
        return $"aws logs describe-log-groups --log-group-name-prefix {group} --query 'logGroups[].logGroupName' --output text ${{ENDPOINT_ARGS}} | tr '\\t' '\\n' | grep -qx {group}";
    }

    private async Task<LogGroup?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await foreach (var group in _logs.DescribeLogGroupsAsync(new DescribeLogGroupsRequest { LogGroupNamePrefix = name }, cancellationToken))
        {
            if (group.LogGroupName == name)
            {
                return group;
            }
        }

        return null;
    }

    private static string Retention(int? days) => days is { } kept ? $"keeps events {kept} days" : "keeps events forever";
}
