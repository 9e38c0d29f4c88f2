namespace EcsConsole.Core.Audit;

public enum AuditOutcome
{
    Succeeded,
    Failed,
    Denied,

    /// <summary>
    /// Written before the action runs and replaced by its outcome when it ends, so an attempt is on record even when the
    /// console dies in the middle of it. An entry still Started is in progress, or was cut off by a stop.
    /// </summary>
    Started,
}
