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

    /// <summary>The console stopped (or the action was cancelled) before the action finished; what it left is in its own record.</summary>
    Interrupted,

    /// <summary>The action undid what an earlier one created, completely (a wizard run rolled back).</summary>
    RolledBack,
}
