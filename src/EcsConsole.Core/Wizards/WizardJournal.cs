using EcsConsole.Core.Connection;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// The wizard runs in the console's store. Singleton over a context factory: every write is its own short unit of work,
/// committed before the AWS call it describes is sent (and again after), so the journal never claims less than AWS did.
/// A run is written only by the console instance holding its lease (<see cref="WizardRunRecord.LeaseOwner"/>): every
/// write after the insert is conditional on it, and one that finds another holder throws <see cref="WizardRunLeaseLostException"/>,
/// so an instance that lost its lease (it stalled past the expiry and another took the run over) cannot write over the
/// new holder's journal.
/// </summary>
public sealed class WizardJournal(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider timeProvider, OwnerLeases leases)
{
    /// <summary>The lease key of a run.</summary>
    public static string LeaseKey(string runId) => $"wizard-run/{runId}";

    /// <summary>A new run id, for <see cref="CreateAsync"/>.</summary>
    public static string NewRunId() => Guid.NewGuid().ToString("N")[..12];

    /// <summary>Journals a new run, Running, with this console instance's lease on it.</summary>
    /// <param name="auditEntryId">The audit entry of the action that started the run, closed as Interrupted if the console dies mid-run.</param>
    /// <param name="id">The run's id (<see cref="NewRunId"/>), when the caller reserved its lease first; null makes one up.</param>
    /// <param name="lease">The lease the run starts with; null: a fresh one of this instance.</param>
    public async Task<WizardRunRecord> CreateAsync(
        WizardPlan plan, string startedBy, string? input, CancellationToken cancellationToken, long? auditEntryId = null, string? id = null, OwnerLease? lease = null)
    {
        var now = timeProvider.GetUtcNow();
        id ??= NewRunId();
        var run = new WizardRunRecord
        {
            Id = id,
            Wizard = plan.Wizard,
            Summary = plan.Summary,
            StartedBy = startedBy,
            StartedAt = now,
            UpdatedAt = now,
            State = WizardRunState.Running,
            Input = input,
            AuditEntryId = auditEntryId,
            Steps = plan.Calls.Select((call, index) => Step(id, index, call, now)).ToList(),
        };
        (lease ?? leases.Fresh()).ApplyTo(run);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Set<WizardRunRecord>().Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    public async Task<WizardRunRecord?> FindAsync(string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Set<WizardRunRecord>().AsNoTracking().Include(r => r.Steps).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        run?.Steps.Sort((a, b) => a.Index.CompareTo(b.Index));
        return run;
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<WizardRunRecord>> ListAsync(int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.Set<WizardRunRecord>().AsNoTracking().InConnection(ConnectionStamp.Current).Include(r => r.Steps)
            .OrderByDescending(r => r.StartedAt).Take(take).ToListAsync(cancellationToken);
        runs.ForEach(r => r.Steps.Sort((a, b) => a.Index.CompareTo(b.Index)));
        return runs;
    }

    /// <param name="outputs">The step's output values, once it created or found its resource; null keeps what is recorded.</param>
    /// <exception cref="WizardRunLeaseLostException">This instance no longer holds the run's lease.</exception>
    public async Task UpdateStepAsync(string runId, int index, WizardStepState state, string? outcome, string? error, IReadOnlyDictionary<string, string>? outputs = null)
    {
        // Written whatever the caller's token says: the journal must record a call that was sent.
        var me = leases.Owner;
        var now = timeProvider.GetUtcNow();
        var json = outputs is null ? null : System.Text.Json.JsonSerializer.Serialize(outputs);
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        // One conditional UPDATE: only while the run's lease names this instance.
        var written = await db.Set<WizardStepRecord>()
            .Where(s => s.RunId == runId && s.Index == index)
            .Where(s => db.Set<WizardRunRecord>().Any(r => r.Id == runId && r.LeaseOwner == me))
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.State, state)
                .SetProperty(s => s.Outcome, s => outcome ?? s.Outcome)
                .SetProperty(s => s.Error, error)
                .SetProperty(s => s.Outputs, s => json ?? s.Outputs)
                .SetProperty(s => s.UpdatedAt, now), CancellationToken.None);
        if (written == 0)
        {
            throw await LostAsync(db, runId);
        }
    }

    /// <param name="auditEntryId">When an action (resume, rollback) takes the run over: its audit entry; null keeps the recorded one.</param>
    /// <exception cref="WizardRunLeaseLostException">This instance no longer holds the run's lease.</exception>
    public async Task UpdateRunAsync(string runId, WizardRunState state, string? error, long? auditEntryId = null)
    {
        var me = leases.Owner;
        var now = timeProvider.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var written = await db.Set<WizardRunRecord>()
            .Where(r => r.Id == runId && r.LeaseOwner == me)
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.State, state)
                .SetProperty(r => r.AuditEntryId, r => auditEntryId ?? r.AuditEntryId)
                .SetProperty(r => r.Error, error)
                .SetProperty(r => r.UpdatedAt, now), CancellationToken.None);
        if (written == 0)
        {
            throw await LostAsync(db, runId);
        }
    }

    /// <summary>
    /// Resume with corrected input: steps already done stay as they are; calls of the new plan not done yet are appended
    /// as planned; old steps not done that the new plan no longer has become superseded.
    /// </summary>
    public async Task ReplacePendingAsync(string runId, WizardPlan plan, string? input, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Set<WizardRunRecord>().Include(r => r.Steps).SingleAsync(r => r.Id == runId, cancellationToken);
        if (run.LeaseOwner != leases.Owner)
        {
            throw Lost(runId, OwnerLease.Of(run));
        }

        var now = timeProvider.GetUtcNow();
        var done = run.Steps.Where(s => s.State is WizardStepState.Created or WizardStepState.SkippedExisting).ToList();
        var pending = run.Steps.Where(s => s.State is WizardStepState.Planned or WizardStepState.Failed or WizardStepState.Running).ToList();
        var next = run.Steps.Count == 0 ? 0 : run.Steps.Max(s => s.Index) + 1;
        var changed = false;
        foreach (var call in plan.Calls.Where(c => !done.Any(d => Same(d, c))))
        {
            var kept = changed ? null : pending.FirstOrDefault(p => Same(p, call));
            if (kept is not null)
            {
                pending.Remove(kept);
                continue;
            }

            // From the first changed call on, the rest of the plan is appended after it, so steps still run in plan order
            // and a call never runs before the one whose ${Key.Output} it uses.
            changed = true;
            run.Steps.Add(Step(runId, next++, call, now));
        }

        foreach (var stale in pending.Where(p => p.State != WizardStepState.Running))
        {
            stale.State = WizardStepState.Superseded;
            stale.UpdatedAt = now;
        }

        run.Summary = plan.Summary;
        run.Input = input ?? run.Input;
        run.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Runs in flight (Running or RollingBack) that no live console instance holds: nobody holds the lease, or its holder
    /// let it expire. With <paramref name="includeOwn"/> (at start, when this process holds nothing yet) also those whose
    /// lease names this instance, left by an earlier life with the same configured id. Candidates only: the caller takes
    /// each one's lease before touching it.
    /// </summary>
    public async Task<IReadOnlyList<WizardRunRecord>> AbandonedAsync(bool includeOwn, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var me = leases.Owner;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<WizardRunRecord>().AsNoTracking()
            .Where(r => r.State == WizardRunState.Running || r.State == WizardRunState.RollingBack)
            .Where(r => r.LeaseOwner == null || r.LeaseExpiresAt <= now || (includeOwn && r.LeaseOwner == me))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Marks a run this instance has taken over from a stopped one as Interrupted, if it is still in flight. Null when it
    /// ended meanwhile. The caller holds the run's lease, so this happens once per abandoned run across all instances.
    /// </summary>
    /// <param name="previous">The lease the run had when it was found: whose instance stopped.</param>
    public async Task<InterruptedRun?> MarkInterruptedAsync(string runId, OwnerLease? previous, CancellationToken cancellationToken)
    {
        var me = leases.Owner;
        var now = timeProvider.GetUtcNow();
        var error = previous is null || previous.Owner == me
            ? "The console stopped while this run was in progress. Resume to finish it, or roll back what it created."
            : $"Console instance {previous.Owner} stopped while this run was in progress (its lease expired at {previous.ExpiresAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC). Resume to finish it, or roll back what it created.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Set<WizardRunRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var written = await db.Set<WizardRunRecord>()
            .Where(r => r.Id == runId && r.LeaseOwner == me && (r.State == WizardRunState.Running || r.State == WizardRunState.RollingBack))
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.State, WizardRunState.Interrupted)
                .SetProperty(r => r.Error, error)
                .SetProperty(r => r.UpdatedAt, now), cancellationToken);
        return written == 0 ? null : new InterruptedRun(run.Id, run.AuditEntryId, previous?.Owner);
    }

    private async Task<WizardRunLeaseLostException> LostAsync(ConsoleDbContext db, string runId)
    {
        var run = await db.Set<WizardRunRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, CancellationToken.None)
                  ?? throw new InvalidOperationException($"There is no wizard run {runId}.");
        return Lost(runId, OwnerLease.Of(run));
    }

    private WizardRunLeaseLostException Lost(string runId, OwnerLease? holder) => new(runId, leases.Owner, holder);

    private static bool Same(WizardStepRecord step, PlannedCall call) =>
        step.Service == call.Service && step.Operation == call.Operation && step.Body == call.Body && step.Key == call.Key;

    private static WizardStepRecord Step(string runId, int index, PlannedCall call, DateTimeOffset now) => new()
    {
        RunId = runId,
        Index = index,
        Service = call.Service,
        Operation = call.Operation,
        Body = call.Body,
        Creates = call.Creates,
        UndoOperation = call.Undo?.Operation,
        UndoBody = call.Undo?.Body,
        ExistenceCheck = call.ExistenceCheck,
        Key = call.Key,
        OutputPaths = call.Outputs is null ? null : System.Text.Json.JsonSerializer.Serialize(call.Outputs),
        State = WizardStepState.Planned,
        UpdatedAt = now,
    };
}

/// <summary>A run the sweep found in flight with nobody holding it, the audit entry of the action that was running it, and the instance that was.</summary>
public sealed record InterruptedRun(string RunId, long? AuditEntryId, string? PreviousOwner = null);

/// <summary>Resume or Roll back of a run another console instance (or another action here) is executing.</summary>
public sealed class WizardRunHeldException(string runId, OwnerLease? holder, string message) : InvalidOperationException(message)
{
    public string RunId { get; } = runId;

    /// <summary>Who holds the run, as the store said; null when it is being taken in this process right now.</summary>
    public OwnerLease? Holder { get; } = holder;

    public static WizardRunHeldException For(string runId, OwnerLease? holder, string me) => new(runId, holder, holder is null
        ? $"Run {runId} is being executed by console instance {me} right now; wait for it to finish."
        : $"Run {runId} is being executed by {holder.Describe()}. Wait for it to finish; if that instance has stopped, the run is marked Interrupted once its lease expires and can be resumed or rolled back then.");
}

/// <summary>This instance no longer holds a run's lease (another instance took it over after it expired): it stops without writing.</summary>
public sealed class WizardRunLeaseLostException(string runId, string me, OwnerLease? holder) : InvalidOperationException(holder is null
    ? $"Console instance {me} lost the lease on run {runId}; it stopped without writing more. Open the run to see where it stands."
    : $"Console instance {me} lost the lease on run {runId} to {holder.Describe()}; it stopped without writing more.")
{
    public string RunId { get; } = runId;

    public OwnerLease? Holder { get; } = holder;
}
