namespace EcsConsole.Core.Security;

/// <summary>
/// Collects the AWS request ids of one guarded operation so its audit entry can name them. The guard opens one per
/// attempt; code that calls AWS inside the action records ids either on the scope it was handed or on
/// <see cref="Current"/>, which flows with the async call chain.
/// </summary>
public sealed class OperationScope
{
    private static readonly AsyncLocal<OperationScope?> Ambient = new();
    private readonly List<string> _requestIds = [];
    private readonly Lock _gate = new();

    /// <summary>The scope of the guarded operation running on this async flow, if any.</summary>
    public static OperationScope? Current => Ambient.Value;

    public IReadOnlyList<string> AwsRequestIds
    {
        get { lock (_gate) { return _requestIds.ToArray(); } }
    }

    /// <summary>The audit entry this operation completes, so a record of long-running work can point back to it.</summary>
    public long? AuditEntryId { get; private init; }

    /// <summary>
    /// The outcome the action itself reported, when returning normally does not mean it succeeded (a wizard run that ends
    /// Failed returns its record rather than throwing). Null: the guard records Succeeded.
    /// </summary>
    public (Audit.AuditOutcome Outcome, string? Error)? ReportedOutcome { get; private set; }

    /// <summary>Says how the action really ended; the guard writes this instead of Succeeded.</summary>
    public void ReportOutcome(Audit.AuditOutcome outcome, string? error)
    {
        if (outcome == Audit.AuditOutcome.Started)
        {
            throw new ArgumentException("An action reports how it ended, not Started.", nameof(outcome));
        }

        ReportedOutcome = (outcome, error);
    }

    public void RecordAwsRequestId(string? requestId)
    {
        if (string.IsNullOrWhiteSpace(requestId)) return;
        lock (_gate)
        {
            if (!_requestIds.Contains(requestId)) _requestIds.Add(requestId);
        }
    }

    internal static OperationScope Begin(long? auditEntryId = null)
    {
        var scope = new OperationScope { AuditEntryId = auditEntryId };
        Ambient.Value = scope;
        return scope;
    }
}
