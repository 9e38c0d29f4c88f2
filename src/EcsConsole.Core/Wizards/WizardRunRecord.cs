using EcsConsole.Core.Store;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// A wizard run as the console's store journals it: which wizard, who started it, where it stands, and its steps. The
/// journal is written before and after every AWS call, so after a failure or a restart it says exactly what was created.
/// </summary>
public sealed class WizardRunRecord : ILeased, EcsConsole.Core.Connection.IConnectionStamped
{
    /// <summary>The connection this was made in (<see cref="EcsConsole.Core.Connection.IConnectionStamped"/>); null before connections existed.</summary>
    public string? ConnectionName { get; set; }

    public string? Partition { get; set; }

    public string? AccountId { get; set; }

    public string? Region { get; set; }

    public required string Id { get; set; }

    /// <summary>The wizard's id, e.g. <c>iam-roles</c>.</summary>
    public required string Wizard { get; set; }

    public required string Summary { get; set; }

    public required string StartedBy { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public WizardRunState State { get; set; }

    /// <summary>The last failure, for people: what failed, AWS's code and message, and what to do.</summary>
    public string? Error { get; set; }

    /// <summary>The wizard's input as JSON, so a page can reopen the run to correct it.</summary>
    public string? Input { get; set; }

    /// <summary>The audit entry of the action (run, resume, rollback) last working on this run, closed as Interrupted when it dies.</summary>
    public long? AuditEntryId { get; set; }

    /// <summary>The console instance executing the run (run, resume, roll back, or taking it over after its holder died); see <see cref="OwnerLeases"/>.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseAcquiredAt { get; set; }

    public DateTimeOffset? LeaseHeartbeatAt { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public List<WizardStepRecord> Steps { get; set; } = [];
}

/// <summary>One planned call of a run and what became of it.</summary>
public sealed class WizardStepRecord
{
    public required string RunId { get; set; }

    public int Index { get; set; }

    public required string Service { get; set; }

    public required string Operation { get; set; }

    public required string Body { get; set; }

    public required string Creates { get; set; }

    public string? UndoOperation { get; set; }

    public string? UndoBody { get; set; }

    public required string ExistenceCheck { get; set; }

    public WizardStepState State { get; set; }

    /// <summary>The created resource's ARN, or what the existence check found.</summary>
    public string? Outcome { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The call's name in its plan, by which later calls refer to its outputs.</summary>
    public string? Key { get; set; }

    /// <summary>The declared outputs as JSON: output name → path into the response.</summary>
    public string? OutputPaths { get; set; }

    /// <summary>The outputs' values as JSON (output name → value), once the call created or found its resource.</summary>
    public string? Outputs { get; set; }

    public PlannedCall ToCall() =>
        new(Service, Operation, Body, Creates, UndoOperation is null ? null : new UndoCall(UndoOperation, UndoBody ?? "{}"), ExistenceCheck)
        {
            Key = Key,
            Outputs = OutputPaths is null ? null : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(OutputPaths),
        };

    /// <summary>The output values this step recorded; empty when none.</summary>
    public IReadOnlyDictionary<string, string> OutputValues() =>
        Outputs is null ? new Dictionary<string, string>() : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(Outputs) ?? [];
}
