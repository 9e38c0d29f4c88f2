using Bunit;
using EcsConsole.Core.Wizards;
using EcsConsole.Web.Components.Pages.Wizards;
using EcsConsole.Web.Tests.Support;

namespace EcsConsole.Web.Tests.Wizards;

public sealed class WizardRunViewTests : ConsoleComponentTest
{
    private static WizardRunRecord Run(WizardRunState state) => new()
    {
        Id = "run1",
        Wizard = "iam-roles",
        Summary = "2 IAM roles for users",
        StartedBy = "alice",
        State = state,
        Error = state == WizardRunState.Failed ? "Step 3 (iam:CreateRole, role users-task) cannot run: taken" : null,
        Steps =
        [
            new() { RunId = "run1", Index = 0, Service = "iam", Operation = "CreateRole", Body = "{}", Creates = "role users-execution", ExistenceCheck = "GetRole", State = WizardStepState.Created },
            new() { RunId = "run1", Index = 1, Service = "iam", Operation = "CreateRole", Body = "{}", Creates = "role users-task", ExistenceCheck = "GetRole", State = WizardStepState.Failed },
        ],
    };

    [Fact]
    public void Render_FailedRun_OffersResumeAndRollbackAndShowsTheError()
    {
        var view = Context.Render<WizardRunView>(p => p.Add(v => v.Run, Run(WizardRunState.Failed)));

        Assert.NotEmpty(view.FindAll("[data-testid=run-resume]"));
        Assert.NotEmpty(view.FindAll("[data-testid=run-rollback]"));
        Assert.Contains("cannot run", view.Find("[data-testid=run-error]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, view.FindAll("[data-testid=run-step]").Count);
    }

    [Fact]
    public void Render_RolledBackRun_OffersNothingMore()
    {
        var view = Context.Render<WizardRunView>(p => p.Add(v => v.Run, Run(WizardRunState.RolledBack)));

        Assert.Empty(view.FindAll("[data-testid=run-resume]"));
        Assert.Empty(view.FindAll("[data-testid=run-rollback]"));
    }

    [Fact]
    public void Render_ResumeClicked_InvokesTheCallback()
    {
        var resumed = false;
        var view = Context.Render<WizardRunView>(p => p
            .Add(v => v.Run, Run(WizardRunState.Interrupted))
            .Add(v => v.OnResume, () => resumed = true));

        view.Find("[data-testid=run-resume]").Click();

        Assert.True(resumed);
    }

    [Fact]
    public void Render_RunWithAStepLeftOut_SaysSucceededWithChangesAndListsIt()
    {
        var run = Run(WizardRunState.SucceededWithChanges);
        run.Steps[1].State = WizardStepState.Superseded;

        var view = Context.Render<WizardRunView>(p => p.Add(v => v.Run, run));

        Assert.Equal("Succeeded with changes", view.Find("[data-testid=run-state]").TextContent.Trim());
        Assert.Contains("Step 2 (iam:CreateRole, role users-task) was left out", view.Find("[data-testid=run-changes]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(view.FindAll("[data-testid=run-rollback]"));
    }

    [Fact]
    public void Render_PlainSucceededRun_ListsNoChanges()
    {
        var run = Run(WizardRunState.Succeeded);
        run.Steps[1].State = WizardStepState.Created;

        var view = Context.Render<WizardRunView>(p => p.Add(v => v.Run, run));

        Assert.Equal("Succeeded", view.Find("[data-testid=run-state]").TextContent.Trim());
        Assert.Empty(view.FindAll("[data-testid=run-changes]"));
    }

    [Fact]
    public void Render_RunAnotherInstanceExecutes_SaysWhichAndSince()
    {
        var run = Run(WizardRunState.Running);
        var now = Time.GetUtcNow();
        (run.LeaseOwner, run.LeaseAcquiredAt, run.LeaseHeartbeatAt, run.LeaseExpiresAt) = ("console-b", now.AddMinutes(-3), now.AddSeconds(-4), now.AddSeconds(56));

        var view = Context.Render<WizardRunView>(p => p.Add(v => v.Run, run));

        var lease = view.Find("[data-testid=run-lease]").TextContent;
        Assert.Contains("Being executed by console instance console-b since 2026-11-27 09:57:00 UTC", lease, StringComparison.Ordinal);
        Assert.Contains("lease expires 10:00:56 UTC", lease, StringComparison.Ordinal);
        Assert.Empty(view.FindAll("[data-testid=run-resume]"));
        Assert.Empty(view.FindAll("[data-testid=run-rollback]"));
    }

    [Fact]
    public void Render_RunWhoseInstanceStoppedRenewing_SaysItIsAboutToBeInterrupted()
    {
        var run = Run(WizardRunState.Running);
        var now = Time.GetUtcNow();
        (run.LeaseOwner, run.LeaseAcquiredAt, run.LeaseHeartbeatAt, run.LeaseExpiresAt) = ("console-b", now.AddMinutes(-3), now.AddSeconds(-70), now.AddSeconds(-10));

        var view = Context.Render<WizardRunView>(p => p.Add(v => v.Run, run));

        Assert.Contains("stopped renewing its lease, so the run is marked Interrupted", view.Find("[data-testid=run-lease]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FailedRun_ShowsNoLease()
    {
        var view = Context.Render<WizardRunView>(p => p.Add(v => v.Run, Run(WizardRunState.Failed)));

        Assert.Empty(view.FindAll("[data-testid=run-lease]"));
    }
}
