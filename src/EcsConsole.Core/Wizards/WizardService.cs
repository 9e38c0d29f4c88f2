using EcsConsole.Core.Audit;
using EcsConsole.Core.Security;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// The wizards' entry point for pages: every run, resume and rollback goes through <see cref="IOperationAuthorizer"/> as
/// <see cref="MutatingOperation.WizardRun"/> (Admin only), which writes exactly one audit entry per action, naming the
/// AWS request ids of all the calls it made. Scoped (it acts for the current operator).
/// </summary>
public sealed class WizardService(IOperationAuthorizer authorizer, ICurrentOperator currentOperator, WizardRunner runner, WizardJournal journal)
{
    public Task<IReadOnlyList<WizardRunRecord>> ListRunsAsync(CancellationToken cancellationToken) => journal.ListAsync(50, cancellationToken);

    public Task<WizardRunRecord?> FindRunAsync(string runId, CancellationToken cancellationToken) => journal.FindAsync(runId, cancellationToken);

    /// <summary>Reads only; needs no role beyond viewing.</summary>
    public Task<IReadOnlyList<ExistenceCheckResult>> InspectAsync(WizardPlan plan, CancellationToken cancellationToken) => runner.InspectAsync(plan, cancellationToken);

    public Task<WizardRunRecord> RunAsync(WizardPlan plan, string? input, CancellationToken cancellationToken, Action<string>? started = null) =>
        authorizer.RunAsync(MutatingOperation.WizardRun, Request($"wizard/{plan.Wizard}", "run", plan), async (scope, ct) =>
        {
            var actor = await currentOperator.GetAsync(ct);
            return Reported(scope, await runner.StartAsync(plan, actor?.Name ?? OperationGuard.AnonymousActor, input, ct, started));
        }, cancellationToken);

    public Task<WizardRunRecord> ResumeAsync(string runId, WizardPlan? corrected, string? input, CancellationToken cancellationToken) =>
        authorizer.RunAsync(MutatingOperation.WizardRun, Request($"wizard-run/{runId}", "resume", corrected),
            async (scope, ct) => Reported(scope, await runner.ResumeAsync(runId, corrected, input, ct)), cancellationToken);

    public Task<WizardRunRecord> RollbackAsync(string runId, CancellationToken cancellationToken) =>
        authorizer.RunAsync(MutatingOperation.WizardRun, Request($"wizard-run/{runId}", "rollback", null),
            async (scope, ct) => Reported(scope, await runner.RollbackAsync(runId, ct)), cancellationToken);

    /// <summary>The runner returns a run that ended Failed rather than throwing; its audit entry says how it really ended.</summary>
    private static WizardRunRecord Reported(OperationScope scope, WizardRunRecord run)
    {
        switch (run.State)
        {
            case WizardRunState.Failed or WizardRunState.RollbackFailed:
                scope.ReportOutcome(AuditOutcome.Failed, run.Error);
                break;
            case WizardRunState.Interrupted or WizardRunState.Running or WizardRunState.RollingBack:
                scope.ReportOutcome(AuditOutcome.Interrupted, run.Error);
                break;
            case WizardRunState.RolledBack:
                scope.ReportOutcome(AuditOutcome.RolledBack, null);
                break;
            case WizardRunState.SucceededWithChanges:
                // Succeeded, but never a plain one: the entry says what the operator left out of the plan.
                scope.ReportOutcome(AuditOutcome.Succeeded, "Succeeded with changes: " + string.Join(" ", WizardRunChanges.Describe(run)));
                break;
        }

        return run;
    }

    private static OperationRequest Request(string target, string action, WizardPlan? plan) => new()
    {
        Target = target,
        Parameters = new { action, wizard = plan?.Wizard, calls = plan?.Calls.Select(c => $"{c.Action} ({c.Creates})").ToArray() },
    };
}
