using System.Collections.Concurrent;
using EcsConsole.Aws;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// Executes a <see cref="WizardPlan"/> step by step, journaling each step before and after its AWS call. Idempotent:
/// each call is preceded by its existence check, so what exists as planned is skipped (and never rolled back), and a
/// name taken by something different stops the run with a message saying what to change. Resume continues after the
/// last finished step; Rollback undoes, newest first, exactly what this run created. Singleton; authorization and audit
/// are the caller's (<see cref="WizardService"/>).
/// </summary>
public sealed class WizardRunner(
    WizardJournal journal,
    IEnumerable<IWizardCallExecutor> executors,
    WizardProgressFeed progress,
    ILogger<WizardRunner> logger)
{
    private readonly Dictionary<string, IWizardCallExecutor> byService = executors.ToDictionary(e => e.Service, StringComparer.Ordinal);

    // Runs being worked on in this process: a second Resume or Rollback of the same run would race the first.
    private readonly ConcurrentDictionary<string, byte> active = new(StringComparer.Ordinal);

    /// <summary>What exists already and what is missing, call by call, without changing anything.</summary>
    public async Task<IReadOnlyList<ExistenceCheckResult>> InspectAsync(WizardPlan plan, CancellationToken cancellationToken)
    {
        var results = new List<ExistenceCheckResult>();
        foreach (var call in plan.Calls)
        {
            results.Add(await Executor(call).CheckAsync(call, cancellationToken));
        }

        return results;
    }

    /// <param name="started">Told the new run's id once it is journaled, before the first call, so a page can follow its progress.</param>
    public async Task<WizardRunRecord> StartAsync(WizardPlan plan, string startedBy, string? input, CancellationToken cancellationToken, Action<string>? started = null)
    {
        var run = await journal.CreateAsync(plan, startedBy, input, cancellationToken);
        started?.Invoke(run.Id);
        return await ExclusiveAsync(run.Id, () => ExecuteAsync(run.Id, cancellationToken));
    }

    /// <summary>Continues a failed or interrupted run; with <paramref name="corrected"/>, first swaps in the calls of the corrected plan.</summary>
    public Task<WizardRunRecord> ResumeAsync(string runId, WizardPlan? corrected, string? input, CancellationToken cancellationToken) =>
        ExclusiveAsync(runId, () => ResumeExclusiveAsync(runId, corrected, input, cancellationToken));

    public Task<WizardRunRecord> RollbackAsync(string runId, CancellationToken cancellationToken) =>
        ExclusiveAsync(runId, () => RollbackExclusiveAsync(runId, cancellationToken));

    private async Task<WizardRunRecord> ExclusiveAsync(string runId, Func<Task<WizardRunRecord>> work)
    {
        if (!active.TryAdd(runId, 0))
        {
            throw new InvalidOperationException($"Run {runId} is being worked on right now; wait for it to finish.");
        }

        try
        {
            return await work();
        }
        finally
        {
            active.TryRemove(runId, out _);
        }
    }

    private async Task<WizardRunRecord> ResumeExclusiveAsync(string runId, WizardPlan? corrected, string? input, CancellationToken cancellationToken)
    {
        var run = await RequireAsync(runId, cancellationToken);
        if (run.State is not (WizardRunState.Failed or WizardRunState.Interrupted))
        {
            throw new InvalidOperationException($"Run {runId} is {run.State}; only a failed or interrupted run can be resumed.");
        }

        if (corrected is not null)
        {
            await journal.ReplacePendingAsync(runId, corrected, input, cancellationToken);
        }

        await journal.UpdateRunAsync(runId, WizardRunState.Running, null);
        return await ExecuteAsync(runId, cancellationToken);
    }

    private async Task<WizardRunRecord> RollbackExclusiveAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await RequireAsync(runId, cancellationToken);
        if (run.State is WizardRunState.Running or WizardRunState.RollingBack or WizardRunState.RolledBack)
        {
            throw new InvalidOperationException($"Run {runId} is {run.State}; it cannot be rolled back now.");
        }

        await journal.UpdateRunAsync(runId, WizardRunState.RollingBack, null);
        foreach (var step in run.Steps.OrderByDescending(s => s.Index))
        {
            var call = step.ToCall();
            if (step.State == WizardStepState.Running)
            {
                // Interrupted mid-call: undo only if the call did land, which its existence check tells.
                var check = await Executor(call).CheckAsync(call, cancellationToken);
                if (check.State != ExistenceState.Exists)
                {
                    await SetStepAsync(step, WizardStepState.Failed, null, "Not created: the console stopped before AWS finished this call.");
                    continue;
                }
            }
            else if (step.State != WizardStepState.Created)
            {
                continue;
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
            catch (AwsServiceException error)
            {
                var message = $"Could not undo {call.Creates} with {call.Service}:{call.Undo.Operation}: {error.ErrorCode}: {error.AwsMessage}. Fix the cause and roll back again.";
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
        foreach (var step in run.Steps.Where(s => s.State is WizardStepState.Planned or WizardStepState.Failed or WizardStepState.Running))
        {
            var failure = await RunStepAsync(step, cancellationToken);
            if (failure is not null)
            {
                await journal.UpdateRunAsync(runId, WizardRunState.Failed, failure);
                return await RequireAsync(runId, CancellationToken.None);
            }
        }

        await journal.UpdateRunAsync(runId, WizardRunState.Succeeded, null);
        return await RequireAsync(runId, CancellationToken.None);
    }

    /// <returns>Null when the step is done; otherwise the run's failure message.</returns>
    private async Task<string?> RunStepAsync(WizardStepRecord step, CancellationToken cancellationToken)
    {
        var call = step.ToCall();
        var executor = Executor(call);
        var wasInFlight = step.State == WizardStepState.Running;
        try
        {
            var check = await executor.CheckAsync(call, cancellationToken);
            switch (check.State)
            {
                case ExistenceState.Exists:
                    // A call this run sent before it was interrupted did land: it is this run's to roll back.
                    await SetStepAsync(step, wasInFlight ? WizardStepState.Created : WizardStepState.SkippedExisting, check.Detail, null);
                    return null;
                case ExistenceState.Conflict:
                    await SetStepAsync(step, WizardStepState.Failed, null, check.Detail);
                    return $"Step {step.Index + 1} ({call.Action}, {call.Creates}) cannot run: {check.Detail}";
            }

            await SetStepAsync(step, WizardStepState.Running, null, null);
            var created = await executor.ExecuteAsync(call, cancellationToken);
            await SetStepAsync(step, WizardStepState.Created, created, null);
            return null;
        }
        catch (AwsServiceException error)
        {
            logger.LogWarning(error, "Wizard run {RunId} step {Index} ({Action}) failed", step.RunId, step.Index, call.Action);
            var message = $"Step {step.Index + 1} ({call.Action}, {call.Creates}) failed: {error.ErrorCode}: {error.AwsMessage}. {NextStep(error)}";
            await SetStepAsync(step, WizardStepState.Failed, null, message);
            return message;
        }
    }

    private static string NextStep(AwsServiceException error) => error.ErrorCode switch
    {
        "EntityAlreadyExists" => "The name is taken: change it and resume, or roll back what this run created.",
        "AccessDenied" or "AccessDeniedException" => "The console's credentials lack this IAM permission: grant it (see the IAM policy in the README) and resume.",
        "LimitExceeded" => "An IAM quota is reached: remove unused entities or ask AWS for more, then resume.",
        _ when error.IsNetworkFailure => "AWS could not be reached: check the connection and resume.",
        _ => "Fix the cause and resume, or roll back what this run created.",
    };

    private async Task SetStepAsync(WizardStepRecord step, WizardStepState state, string? outcome, string? error)
    {
        await journal.UpdateStepAsync(step.RunId, step.Index, state, outcome, error);
        step.State = state;
        step.Outcome = outcome ?? step.Outcome;
        step.Error = error;
        progress.Publish(new WizardStepProgress(step.RunId, step.Index, step.Operation, step.Creates, state, step.Outcome, error));
    }

    private IWizardCallExecutor Executor(PlannedCall call) =>
        byService.TryGetValue(call.Service, out var executor)
            ? executor
            : throw new InvalidOperationException($"No wizard executor sends {call.Service} calls.");

    private async Task<WizardRunRecord> RequireAsync(string runId, CancellationToken cancellationToken) =>
        await journal.FindAsync(runId, cancellationToken) ?? throw new InvalidOperationException($"There is no wizard run {runId}.");
}
