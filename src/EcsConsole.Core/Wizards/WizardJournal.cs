using EcsConsole.Core.Connection;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// The wizard runs in the console's store. Singleton over a context factory: every write is its own short unit of work,
/// committed before the AWS call it describes is sent (and again after), so the journal never claims less than AWS did.
/// </summary>
public sealed class WizardJournal(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider timeProvider)
{
    /// <param name="auditEntryId">The audit entry of the action that started the run, closed as Interrupted if the console dies mid-run.</param>
    public async Task<WizardRunRecord> CreateAsync(WizardPlan plan, string startedBy, string? input, CancellationToken cancellationToken, long? auditEntryId = null)
    {
        var now = timeProvider.GetUtcNow();
        var id = Guid.NewGuid().ToString("N")[..12];
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
    public async Task UpdateStepAsync(string runId, int index, WizardStepState state, string? outcome, string? error, IReadOnlyDictionary<string, string>? outputs = null)
    {
        // Written whatever the caller's token says: the journal must record a call that was sent.
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var step = await db.Set<WizardStepRecord>().SingleAsync(s => s.RunId == runId && s.Index == index, CancellationToken.None);
        step.State = state;
        step.Outcome = outcome ?? step.Outcome;
        step.Error = error;
        if (outputs is not null)
        {
            step.Outputs = System.Text.Json.JsonSerializer.Serialize(outputs);
        }

        step.UpdatedAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <param name="auditEntryId">When an action (resume, rollback) takes the run over: its audit entry; null keeps the recorded one.</param>
    public async Task UpdateRunAsync(string runId, WizardRunState state, string? error, long? auditEntryId = null)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var run = await db.Set<WizardRunRecord>().SingleAsync(r => r.Id == runId, CancellationToken.None);
        run.State = state;
        run.AuditEntryId = auditEntryId ?? run.AuditEntryId;
        run.Error = error;
        run.UpdatedAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>
    /// Resume with corrected input: steps already done stay as they are; calls of the new plan not done yet are appended
    /// as planned; old steps not done that the new plan no longer has become superseded.
    /// </summary>
    public async Task ReplacePendingAsync(string runId, WizardPlan plan, string? input, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Set<WizardRunRecord>().Include(r => r.Steps).SingleAsync(r => r.Id == runId, cancellationToken);
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

    /// <summary>At start: runs left in flight by a stopped console become Interrupted. Returns them, with the audit entries they leave open.</summary>
    public async Task<IReadOnlyList<InterruptedRun>> MarkInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.Set<WizardRunRecord>()
            .Where(r => r.State == WizardRunState.Running || r.State == WizardRunState.RollingBack)
            .ToListAsync(cancellationToken);
        foreach (var run in runs)
        {
            run.State = WizardRunState.Interrupted;
            run.Error = "The console stopped while this run was in progress. Resume to finish it, or roll back what it created.";
            run.UpdatedAt = timeProvider.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        return runs.Select(r => new InterruptedRun(r.Id, r.AuditEntryId)).ToList();
    }

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

/// <summary>A run the start-up sweep found in flight, and the audit entry of the action that was running it.</summary>
public sealed record InterruptedRun(string RunId, long? AuditEntryId);
