namespace EcsConsole.Core.Wizards;

/// <summary>Where a journaled run stands. Stored by name.</summary>
public enum WizardRunState
{
    Running,
    Succeeded,
    Failed,

    /// <summary>The console stopped while the run was in flight; Resume or Roll back is offered.</summary>
    Interrupted,
    RollingBack,
    RolledBack,

    /// <summary>A rollback could not remove everything; the failed steps say what remains.</summary>
    RollbackFailed,

    /// <summary>
    /// Every step still planned is done, but the operator removed or replaced planned steps on a resume: what the run
    /// left out is in <see cref="WizardRunChanges"/>, so the run never reads as the plan it started with.
    /// </summary>
    SucceededWithChanges,
}

/// <summary>Where one planned call stands. Stored by name.</summary>
public enum WizardStepState
{
    Planned,
    Running,
    Created,
    SkippedExisting,
    Failed,
    RolledBack,

    /// <summary>A resume with corrected input replaced this call with another.</summary>
    Superseded,
}

/// <summary>What an existence check found.</summary>
public enum ExistenceState
{
    Missing,

    /// <summary>Exists as planned: the call is skipped and never undone by this run.</summary>
    Exists,

    /// <summary>Something by that name exists but is not what the plan asks for: the run stops here.</summary>
    Conflict,
}

/// <param name="Detail">For people: what exists, or why it conflicts and what to change.</param>
public sealed record ExistenceCheckResult(ExistenceState State, string Detail)
{
    /// <summary>When <see cref="ExistenceState.Exists"/>: the existing resource in the shape of the planned call's response, for its outputs.</summary>
    public System.Text.Json.Nodes.JsonNode? Response { get; init; }

    /// <summary>
    /// When <see cref="ExistenceState.Exists"/>: the resource carries this run's <see cref="RunTags.Key"/> tag, so it is
    /// this run's to roll back even though the journal did not record its creation.
    /// </summary>
    public bool CreatedByThisRun { get; init; }

    /// <summary>
    /// When <see cref="ExistenceState.Exists"/>: the check read the resource's tags, so <see cref="CreatedByThisRun"/>
    /// decides alone whether it is this run's (a resource without this run's tag existed before, even when the step was in flight).
    /// </summary>
    public bool OwnershipFromTags { get; init; }

    public static ExistenceCheckResult Missing { get; } = new(ExistenceState.Missing, "missing");
}
