namespace EcsConsole.Core.Fleet;

/// <summary>Task identifiers as people use them: the id is the last ARN segment (<c>.../task/prod/0a1b2c…</c>).</summary>
public static class TaskIds
{
    public static string FromArn(string taskArnOrId)
    {
        var slash = taskArnOrId.LastIndexOf('/');
        return slash >= 0 ? taskArnOrId[(slash + 1)..] : taskArnOrId;
    }

    /// <summary>The service name of a task's group (<c>service:users</c>), or null for standalone tasks.</summary>
    public static string? ServiceOfGroup(string? group) =>
        group is not null && group.StartsWith("service:", StringComparison.Ordinal) ? group["service:".Length..] : null;
}
