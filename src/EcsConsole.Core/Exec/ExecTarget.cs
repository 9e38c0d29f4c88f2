namespace EcsConsole.Core.Exec;

/// <summary>
/// Where a shell opens: one container of a running task. <see cref="Service"/> is the task's service (from its group
/// <c>service:NAME</c>), which a production cluster asks the operator to type before the session starts.
/// </summary>
public sealed record ExecTarget(string Cluster, string TaskArn, string Container, string? Service, string Command = ExecTarget.Shell)
{
    public const string Shell = "/bin/sh";

    public string TaskId => TaskArn[(TaskArn.LastIndexOf('/') + 1)..];
}

/// <summary>How a session ended, for people: <see cref="ByAws"/> when Session Manager ended it (the shell exited or AWS closed it).</summary>
public sealed record ExecSessionEnd(string Description, bool ByAws, bool Failed);
