using EcsConsole.Aws;
using EcsConsole.Core.Store;
using EcsConsole.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// Executes a <see cref="WizardPlan"/> step by step, journaling each step before and after its AWS call. Idempotent:
/// each call is preceded by its existence check, so what exists as planned is skipped (and never rolled back), and a
/// name taken by something different stops the run with a message saying what to change. Resume continues after the
/// last finished step; Rollback undoes, newest first, exactly what this run created. A run is executed under its owner
/// lease (<see cref="OwnerLeases"/>): a new run is journaled with this instance's lease, Resume and Roll back take it
/// atomically and are refused (<see cref="WizardRunHeldException"/>) while another instance, or another action here,
/// holds it; if the lease is lost the run stops without writing more. Singleton; authorization and audit are the
/// caller's (<see cref="WizardService"/>).
/// </summary>
public sealed class WizardRunner(
    WizardJournal journal,
    IEnumerable<IWizardCallExecutor> executors,
    WizardProgressFeed progress,
    OwnerLeases leases,
    WizardRunTakeover takeover,
    ILogger<WizardRunner> logger)
{
    private readonly Dictionary<string, IWizardCallExecutor> _byAction = executors
        .SelectMany(e => e.Operations.Select(o => (Action: $"{e.Service}:{o}", Executor: e)))
        .ToDictionary(p => p.Action, p => p.Executor, StringComparer.Ordinal);

    /// <summary>What exists already and what is missing, call by call, without changing anything.</summary>
    public async Task<IReadOnlyList<ExistenceCheckResult>> InspectAsync(WizardPlan plan, CancellationToken cancellationToken)
    {
        PlanReferences.Validate(plan);
        var keys = PlanReferences.Keys(plan.Calls);
        var known = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var results = new List<ExistenceCheckResult>();
        foreach (var call in plan.Calls)
        {
            PlannedCall resolved;
            try
            {
                resolved = Resolved(call, keys, known);
            }
            catch (UnresolvedReferenceException)
            {
                // Hangs on something still to be created, so it is itself still to be created.
                results.Add(ExistenceCheckResult.Missing);
                continue;
            }

            var check = await Executor(call).CheckAsync(resolved, cancellationToken);
            if (check.State == ExistenceState.Exists && call is { Key: { } key, Outputs: { Count: > 0 } paths })
            {
                known[key] = PlanReferences.ReadOutputs(paths, check.Response, $"{call.Action} ({call.Creates})");
            }

            results.Add(check);
        }

        return results;
    }

    /// <param name="started">Told the new run's id once it is journaled, before the first call, so a page can follow its progress.</param>
    public async Task<WizardRunRecord> StartAsync(WizardPlan plan, string startedBy, string? input, CancellationToken cancellationToken, Action<string>? started = null)
    {
        PlanReferences.Validate(plan);
        var runId = WizardJournal.NewRunId();
        // Held here before the row exists, so nothing in this process takes the new run for an abandoned one.
        var lease = leases.Reserve<WizardRunRecord>(WizardJournal.LeaseKey(runId), r => r.Id == runId)
                    ?? throw new InvalidOperationException($"Run id {runId} is in use in this console instance.");
        await using (lease)
        {
            var fresh = leases.Fresh();
            var run = await journal.CreateAsync(plan, startedBy, input, cancellationToken, Security.OperationScope.Current?.AuditEntryId, runId, fresh);
            lease.Confirm(fresh.ExpiresAt);
            started?.Invoke(run.Id);
            using var work = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
            return await EndingAsync(run.Id, WizardRunState.Failed, lease, work.Token, () => ExecuteAsync(run.Id, work.Token));
        }
    }

    /// <summary>Continues a failed or interrupted run; with <paramref name="corrected"/>, first swaps in the calls of the corrected plan.</summary>
    /// <exception cref="WizardRunHeldException">Another console instance, or another action here, is executing the run.</exception>
    public Task<WizardRunRecord> ResumeAsync(string runId, WizardPlan? corrected, string? input, CancellationToken cancellationToken) =>
        LeasedAsync(runId, cancellationToken, (run, lease, token) => ResumeLeasedAsync(run, corrected, input, lease, token));

    /// <exception cref="WizardRunHeldException">Another console instance, or another action here, is executing the run.</exception>
    public Task<WizardRunRecord> RollbackAsync(string runId, CancellationToken cancellationToken) =>
        LeasedAsync(runId, cancellationToken, RollbackLeasedAsync);

    /// <summary>
    /// Takes the run's lease (one conditional UPDATE) and does <paramref name="work"/> under it, cancelled should the lease
    /// be lost. A run found in flight whose lease could be taken was left by a stopped instance: it is interrupted first,
    /// as the sweep would have done.
    /// </summary>
    private async Task<WizardRunRecord> LeasedAsync(
        string runId, CancellationToken cancellationToken, Func<WizardRunRecord, LeaseHandle, CancellationToken, Task<WizardRunRecord>> work)
    {
        var found = await RequireAsync(runId, cancellationToken);
        var lease = await leases.TryAcquireAsync<WizardRunRecord>(WizardJournal.LeaseKey(runId), r => r.Id == runId, cancellationToken);
        if (lease is null)
        {
            var holder = await journal.FindAsync(runId, cancellationToken) is { } now ? OwnerLease.Of(now) : null;
            throw WizardRunHeldException.For(runId, holder, leases.Owner);
        }

        await using (lease)
        {
            if (found.State is WizardRunState.Running or WizardRunState.RollingBack)
            {
                await takeover.InterruptAsync(found, cancellationToken);
            }

            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
            return await work(await RequireAsync(runId, cancellationToken), lease, linked.Token);
        }
    }

    private async Task<WizardRunRecord> ResumeLeasedAsync(WizardRunRecord run, WizardPlan? corrected, string? input, LeaseHandle lease, CancellationToken cancellationToken)
    {
        var runId = run.Id;
        if (run.State is not (WizardRunState.Failed or WizardRunState.Interrupted))
        {
            throw new InvalidOperationException($"Run {runId} is {run.State}; only a failed or interrupted run can be resumed.");
        }

        if (corrected is not null)
        {
            PlanReferences.Validate(corrected);
            await journal.ReplacePendingAsync(runId, corrected, input, cancellationToken);
        }

        await journal.UpdateRunAsync(runId, WizardRunState.Running, null, Security.OperationScope.Current?.AuditEntryId);
        return await EndingAsync(runId, WizardRunState.Failed, lease, cancellationToken, () => ExecuteAsync(runId, cancellationToken));
    }

    private async Task<WizardRunRecord> RollbackLeasedAsync(WizardRunRecord run, LeaseHandle lease, CancellationToken cancellationToken)
    {
        var runId = run.Id;
        if (run.State is WizardRunState.Running or WizardRunState.RollingBack or WizardRunState.RolledBack)
        {
            throw new InvalidOperationException($"Run {runId} is {run.State}; it cannot be rolled back now.");
        }

        await journal.UpdateRunAsync(runId, WizardRunState.RollingBack, null, Security.OperationScope.Current?.AuditEntryId);
        return await EndingAsync(runId, WizardRunState.RollbackFailed, lease, cancellationToken, () => UndoAsync(run, cancellationToken));
    }

    /// <summary>
    /// Ends the run whatever escapes <paramref name="work"/>: cancelled (page closed, console stopping) as Interrupted, any
    /// other error (a bug, an unreadable body, the store) as <paramref name="failedState"/> with its reason. A run left
    /// Running would be refused by both Resume and Roll back until its lease expired. A lost lease writes nothing: the run
    /// is another instance's now.
    /// </summary>
    private async Task<WizardRunRecord> EndingAsync(string runId, WizardRunState failedState, LeaseHandle lease, CancellationToken cancellationToken, Func<Task<WizardRunRecord>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception error) when (lease.IsLost || error is WizardRunLeaseLostException)
        {
            logger.LogWarning(error, "Wizard run {RunId}: console instance {Instance} lost its lease and stopped without writing more", runId, leases.Owner);
            if (error is WizardRunLeaseLostException)
            {
                throw;
            }

            var holder = await journal.FindAsync(runId, CancellationToken.None) is { } now ? OwnerLease.Of(now) : null;
            throw new WizardRunLeaseLostException(runId, leases.Owner, holder);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await journal.UpdateRunAsync(runId, WizardRunState.Interrupted,
                "Cancelled while in progress (the page was closed or the console is stopping). Resume to finish it, or roll back what it created.");
        }
        catch (Exception error)
        {
            logger.LogError(error, "Wizard run {RunId} stopped on an unexpected error", runId);
            await journal.UpdateRunAsync(runId, failedState,
                $"The run stopped on an unexpected error: {error.GetType().Name}: {error.Message} Resume or roll back once the cause is fixed.");
        }

        return await RequireAsync(runId, CancellationToken.None);
    }

    private async Task<WizardRunRecord> UndoAsync(WizardRunRecord run, CancellationToken cancellationToken)
    {
        var runId = run.Id;
        var keys = StepKeys(run);
        var known = KnownOutputs(run);
        foreach (var step in run.Steps.OrderByDescending(s => s.Index))
        {
            if (step.State is not (WizardStepState.Created or WizardStepState.Running or WizardStepState.Failed))
            {
                continue;
            }

            PlannedCall call;
            try
            {
                call = Resolved(step.ToCall(), keys, known);
            }
            catch (UnresolvedReferenceException) when (step.State == WizardStepState.Failed)
            {
                // A failed step that hangs on something never created created nothing either.
                continue;
            }
            catch (UnresolvedReferenceException error)
            {
                var message = $"Could not undo {step.Creates}: {error.Message} Roll back again once the journal is complete, or remove it by hand.";
                await SetStepAsync(step, WizardStepState.Created, null, message);
                await journal.UpdateRunAsync(runId, WizardRunState.RollbackFailed, message);
                return await RequireAsync(runId, CancellationToken.None);
            }

            if (step.State == WizardStepState.Failed)
            {
                // A failed create may still have landed (a retried write answered "already exists" for its own first attempt):
                // where its existence check reads the run tag, what carries this run's tag is this run's to remove.
                var check = await Executor(call).CheckAsync(RunTags.Stamped(call, runId), cancellationToken);
                if (check is not { State: ExistenceState.Exists, OwnershipFromTags: true, CreatedByThisRun: true })
                {
                    continue;
                }

                if (call is { Key: { } key, Outputs: { Count: > 0 } paths })
                {
                    known[key] = PlanReferences.ReadOutputs(paths, check.Response, $"{call.Action} ({call.Creates})");
                    call = Resolved(step.ToCall(), keys, known);
                }
            }
            else if (step.State == WizardStepState.Running)
            {
                // Interrupted mid-call: undo only if the call did land, which its existence check tells.
                var check = await Executor(call).CheckAsync(RunTags.Stamped(call, runId), cancellationToken);
                if (check.State != ExistenceState.Exists)
                {
                    await SetStepAsync(step, WizardStepState.Failed, null, "Not created: the console stopped before AWS finished this call.");
                    continue;
                }

                if (check is { OwnershipFromTags: true, CreatedByThisRun: false })
                {
                    // It exists, but without this run's tag: it was there before, and stays.
                    await SetStepAsync(step, WizardStepState.SkippedExisting, check.Detail, null);
                    continue;
                }

                if (call is { Key: { } key, Outputs: { Count: > 0 } paths })
                {
                    // Its undo may need what it created, which the journal did not get to record.
                    known[key] = PlanReferences.ReadOutputs(paths, check.Response, $"{call.Action} ({call.Creates})");
                    call = Resolved(step.ToCall(), keys, known);
                }
            }

            if (call.Undo is null)
            {
                await SetStepAsync(step, WizardStepState.RolledBack, null, null);
                continue;
            }

            try
            {
                await Executor(call).UndoAsync(call, cancellationToken);
                await SetStepAsync(step, WizardStepState.RolledBack, null, null);
            }
            catch (WizardRunLeaseLostException)
            {
                throw;
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var reason = error is AwsServiceException aws ? $"{aws.ErrorCode}: {aws.AwsMessage}" : $"{error.GetType().Name}: {error.Message}";
                var message = $"Could not undo {call.Creates} with {call.Service}:{call.Undo.Operation}: {reason}. Fix the cause and roll back again.";
                await SetStepAsync(step, WizardStepState.Created, null, message);
                await journal.UpdateRunAsync(runId, WizardRunState.RollbackFailed, message);
                return await RequireAsync(runId, CancellationToken.None);
            }
        }

        await journal.UpdateRunAsync(runId, WizardRunState.RolledBack, null);
        return await RequireAsync(runId, CancellationToken.None);
    }

    private async Task<WizardRunRecord> ExecuteAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await RequireAsync(runId, cancellationToken);
        var keys = StepKeys(run);
        var known = KnownOutputs(run);
        foreach (var step in run.Steps.Where(s => s.State is WizardStepState.Planned or WizardStepState.Failed or WizardStepState.Running))
        {
            var failure = await RunStepAsync(step, keys, known, cancellationToken);
            if (failure is not null)
            {
                await journal.UpdateRunAsync(runId, WizardRunState.Failed, failure);
                return await RequireAsync(runId, CancellationToken.None);
            }
        }

        // Steps the operator removed or replaced on a resume were not done: the run says so instead of a plain success.
        var finished = run.Steps.Any(s => s.State == WizardStepState.Superseded) ? WizardRunState.SucceededWithChanges : WizardRunState.Succeeded;
        await journal.UpdateRunAsync(runId, finished, null);
        return await RequireAsync(runId, CancellationToken.None);
    }

    /// <returns>Null when the step is done; otherwise the run's failure message.</returns>
    private async Task<string?> RunStepAsync(
        WizardStepRecord step, IReadOnlySet<string> keys, Dictionary<string, IReadOnlyDictionary<string, string>> known, CancellationToken cancellationToken)
    {
        var planned = step.ToCall();
        var wasInFlight = step.State == WizardStepState.Running;
        PlannedCall call;
        IWizardCallExecutor executor;
        try
        {
            executor = Executor(planned);
            call = RunTags.Stamped(RunIdempotencyTokens.Stamped(Resolved(planned, keys, known), step.RunId, step.Index), step.RunId);
        }
        catch (Exception error) when (error is UnresolvedReferenceException or InvalidOperationException or System.Text.Json.JsonException)
        {
            var message = $"Step {step.Index + 1} ({planned.Action}, {planned.Creates}) cannot run: {error.Message}";
            await SetStepAsync(step, WizardStepState.Failed, null, message);
            return message;
        }

        var sent = false;
        try
        {
            var check = await executor.CheckAsync(call, cancellationToken);
            switch (check.State)
            {
                case ExistenceState.Exists:
                    // A call this run sent before it was interrupted did land: it is this run's to roll back.
                    var found = Outputs(call, check.Response);
                    Remember(call, found, known);
                    // Where the check read the resource's tags, they alone tell; elsewhere a call in flight is assumed to have landed.
                    var ours = check.OwnershipFromTags ? check.CreatedByThisRun : wasInFlight || check.CreatedByThisRun;
                    await SetStepAsync(step, ours ? WizardStepState.Created : WizardStepState.SkippedExisting, check.Detail, null, found);
                    return null;
                case ExistenceState.Conflict:
                    await SetStepAsync(step, WizardStepState.Failed, null, check.Detail);
                    return $"Step {step.Index + 1} ({call.Action}, {call.Creates}) cannot run: {check.Detail}";
            }

            await SetStepAsync(step, WizardStepState.Running, null, null);
            sent = true;
            var result = await executor.ExecuteAsync(call, cancellationToken);
            IReadOnlyDictionary<string, string>? outputs;
            try
            {
                outputs = Outputs(call, result.Response);
            }
            catch (InvalidOperationException error)
            {
                // Created, but without what later calls need: journaled as created (so rollback removes it), run stops.
                var message = $"Step {step.Index + 1} ({call.Action}, {call.Creates}) created {result.Identifier ?? "its resource"} but {error.Message}";
                await SetStepAsync(step, WizardStepState.Created, result.Identifier, message);
                return message;
            }

            Remember(call, outputs, known);
            await SetStepAsync(step, WizardStepState.Created, result.Identifier, null, outputs);
            return null;
        }
        catch (WizardRunLeaseLostException)
        {
            throw;
        }
        catch (AwsServiceException error)
        {
            logger.LogWarning(error, "Wizard run {RunId} step {Step} ({Action}) failed", step.RunId, step.Index + 1, call.Action);
            var message = $"Step {step.Index + 1} ({call.Action}, {call.Creates}) failed: {error.ErrorCode}: {error.AwsMessage}. {NextStep(error)}";
            await SetStepAsync(step, sent && MayHaveTakenEffect(error) ? WizardStepState.Running : WizardStepState.Failed, null, message);
            return message;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not AWS's answer: an unreadable body, an argument the executor refused, a bug. The run ends Failed with it.
            logger.LogError(error, "Wizard run {RunId} step {Index} ({Action}) failed", step.RunId, step.Index, call.Action);
            var message = $"Step {step.Index + 1} ({call.Action}, {call.Creates}) failed: {error.GetType().Name}: {error.Message} Fix the cause and resume, or roll back what this run created.";
            await SetStepAsync(step, sent ? WizardStepState.Running : WizardStepState.Failed, null, message);
            return message;
        }
    }

    /// <summary>
    /// A timeout, a lost connection, a 5xx or an unreadable answer after the call was sent: AWS may have done it. The step
    /// stays in flight (Running) so Resume and Roll back ask its existence check whether it landed, as after a crash.
    /// </summary>
    private static bool MayHaveTakenEffect(AwsServiceException error) =>
        error.Kind is AwsErrorKind.Transient or AwsErrorKind.Network or AwsErrorKind.Unreadable;

    private static string NextStep(AwsServiceException error) => error.ErrorCode switch
    {
        "EntityAlreadyExists" or "DuplicateLoadBalancerName" or "DuplicateTargetGroupName" or "AlreadyExists" or "ResourceAlreadyExistsException"
            or "InvalidGroup.Duplicate" or "InvalidLaunchTemplateName.AlreadyExistsException" or "NamespaceAlreadyExists" or "ServiceAlreadyExists"
            => "The name is taken: change it and resume, or roll back what this run created.",
        "AccessDenied" or "AccessDeniedException" or "UnauthorizedOperation"
            => "The console's credentials lack this permission: grant it (see the IAM policy in the README) and resume.",
        "LimitExceeded" or "LimitExceededException" or "TooManyLoadBalancers" or "TooManyTargetGroups"
            => "An AWS quota is reached: remove unused resources or ask AWS for more, then resume.",
        _ when error.IsNetworkFailure => "AWS could not be reached: check the connection and resume.",
        _ => "Fix the cause and resume, or roll back what this run created.",
    };

    private static IReadOnlyDictionary<string, string>? Outputs(PlannedCall call, System.Text.Json.Nodes.JsonNode? response) =>
        call.Outputs is { Count: > 0 } paths ? PlanReferences.ReadOutputs(paths, response, $"{call.Action} ({call.Creates})") : null;

    private static void Remember(PlannedCall call, IReadOnlyDictionary<string, string>? outputs, Dictionary<string, IReadOnlyDictionary<string, string>> known)
    {
        if (call.Key is { } key && outputs is not null)
        {
            known[key] = outputs;
        }
    }

    private static IReadOnlySet<string> StepKeys(WizardRunRecord run) =>
        run.Steps.Where(s => s.Key is not null && s.State != WizardStepState.Superseded).Select(s => s.Key!).ToHashSet(StringComparer.Ordinal);

    /// <summary>The outputs the journal recorded, by key; a later step with the same key (a corrected resume) wins.</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, string>> KnownOutputs(WizardRunRecord run)
    {
        var known = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var step in run.Steps.Where(s => s.Key is not null && s.Outputs is not null && s.State is not (WizardStepState.Superseded or WizardStepState.RolledBack)))
        {
            known[step.Key!] = step.OutputValues();
        }

        return known;
    }

    private static PlannedCall Resolved(PlannedCall call, IReadOnlySet<string> keys, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> known)
    {
        if (keys.Count == 0)
        {
            return call;
        }

        // The undo body may refer to the call's own outputs, unknown until it ran: resolved only when they are.
        string? undoBody = null;
        if (call.Undo is { } undo)
        {
            try
            {
                undoBody = PlanReferences.Resolve(undo.Body, keys, known);
            }
            catch (UnresolvedReferenceException error) when (error.Key == call.Key)
            {
                undoBody = undo.Body;
            }
        }

        return call with
        {
            Body = PlanReferences.Resolve(call.Body, keys, known),
            Undo = call.Undo is null ? null : call.Undo with { Body = undoBody! },
        };
    }

    private async Task SetStepAsync(WizardStepRecord step, WizardStepState state, string? outcome, string? error, IReadOnlyDictionary<string, string>? outputs = null)
    {
        await journal.UpdateStepAsync(step.RunId, step.Index, state, outcome, error, outputs);
        if (outputs is not null)
        {
            step.Outputs = System.Text.Json.JsonSerializer.Serialize(outputs);
        }

        step.State = state;
        step.Outcome = outcome ?? step.Outcome;
        step.Error = error;
        ConsoleTelemetry.WizardStep(step.Operation, state.ToString());
        progress.Publish(new WizardStepProgress(step.RunId, step.Index, step.Operation, step.Creates, state, step.Outcome, error));
    }

    private IWizardCallExecutor Executor(PlannedCall call) =>
        _byAction.TryGetValue(call.Action, out var executor)
            ? executor
            : throw new InvalidOperationException($"No wizard executor sends {call.Action}.");

    private async Task<WizardRunRecord> RequireAsync(string runId, CancellationToken cancellationToken) =>
        await journal.FindAsync(runId, cancellationToken) ?? throw new InvalidOperationException($"There is no wizard run {runId}.");
}
