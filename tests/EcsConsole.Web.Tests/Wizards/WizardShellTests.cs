using Bunit;
using EcsConsole.Core.Security;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Web.Components.Pages.Wizards;
using EcsConsole.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsConsole.Web.Tests.Wizards;

/// <summary>
/// The shell on the input and plan steps, with the fifth wizard of <see cref="WizardModelTests"/>. The run, resume and
/// roll back it offers are the wizard journeys' (EndToEnd); here the wizard service has no journal or runner behind it
/// (any call reaching them fails the test) and its gate refuses every run, as it does for an operator who is not Admin.
/// </summary>
public sealed class WizardShellTests : ConsoleComponentTest
{
    private readonly NoteWizardModel _model = new();
    private readonly List<int> _left = [];
    private readonly List<string> _retried = [];
    private readonly SlowLogs _logs = new();

    public WizardShellTests()
    {
        var progress = new WizardProgressFeed(Time);
        Context.Services.AddSingleton(new WizardService(new RefusingGate(), null!, new WizardRunner(null!, [_logs], progress, null!, null!, NullLogger<WizardRunner>.Instance), null!));
        Context.Services.AddSingleton(progress);
    }

    private IRenderedComponent<WizardShell<NoteWizardModel>> Render(WizardReads? reads = null, bool showReadProblems = true) =>
        Context.Render<WizardShell<NoteWizardModel>>(p => p
            .Add(s => s.Model, _model)
            .Add(s => s.Restore, NoteWizardModel.FromJson)
            .Add(s => s.Steps, (RenderFragment<int>)(step => builder => builder.AddMarkupContent(0, $"<p data-testid=\"note-step\">step {step}</p>")))
            .Add(s => s.Reads, reads)
            .Add(s => s.ShowReadProblems, showReadProblems)
            .Add(s => s.OnRetry, read => _retried.Add(read))
            .Add(s => s.AfterNext, step => { _left.Add(step); return Task.CompletedTask; }));

    [Fact]
    public void Render_FirstStep_ShowsEveryStepAndThePagesOwnFields()
    {
        var shell = Render();

        Assert.Equal(4, shell.FindAll("[data-testid=wizard-steps] .mud-chip").Count);
        Assert.Equal("step 0", shell.Find("[data-testid=note-step]").TextContent);
        Assert.Empty(shell.FindAll("[data-testid=wizard-back]"));
    }

    [Fact]
    public void Next_StepWithAProblem_StaysAndListsWhatToFix()
    {
        var shell = Render();

        shell.Find("[data-testid=wizard-next]").Click();

        Assert.Contains("Give the note a name.", shell.Find("[data-testid=step-errors]").TextContent, StringComparison.Ordinal);
        Assert.Equal("step 0", shell.Find("[data-testid=note-step]").TextContent);
        Assert.Empty(_left);
    }

    [Fact]
    public void Next_StepFine_ShowsTheNextStepAndTellsThePageWhichStepItLeft()
    {
        _model.Input.Name = "release";
        var shell = Render();

        shell.Find("[data-testid=wizard-next]").Click();

        Assert.Equal("step 1", shell.Find("[data-testid=note-step]").TextContent);
        Assert.Equal([0], _left);
        Assert.Empty(shell.FindAll("[data-testid=step-errors]"));
        shell.Find("[data-testid=wizard-back]").Click();
        Assert.Equal("step 0", shell.Find("[data-testid=note-step]").TextContent);
    }

    [Fact]
    public void Next_ToThePlanStep_ShowsThePlanItsExportsAndRun()
    {
        _model.Input.Name = "release";
        _model.Input.Tags = [new WizardTag("team", "ops"), new WizardTag("service", "notes")];
        var shell = Render();

        shell.Find("[data-testid=wizard-next]").Click();
        shell.Find("[data-testid=wizard-next]").Click();

        Assert.Empty(shell.FindAll("[data-testid=note-step]"));
        Assert.Contains("logs:CreateLogGroup", shell.Find("[data-testid=plan-table]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(shell.FindAll("[data-testid=export-cli]"));
        Assert.NotEmpty(shell.FindAll("[data-testid=export-cfn]"));
        Assert.False(shell.Find("[data-testid=wizard-run]").HasAttribute("disabled"));
        Assert.Empty(shell.FindAll("[data-testid=wizard-next]"));
    }

    [Fact]
    public async Task Next_ReadUnderWay_WaitsForItBeforeChecking()
    {
        await using var reads = new WizardReads(Time, change => { change(); return Task.CompletedTask; });
        var answer = new TaskCompletionSource();
        _ = reads.ReadAsync(_model, "names", "Notes ListNames", null, async _ => { await answer.Task; _model.Input.Name = "read"; });
        var shell = Render(reads);

        shell.Find("[data-testid=wizard-next]").Click();
        Assert.Equal("step 0", shell.Find("[data-testid=note-step]").TextContent);
        Assert.Empty(shell.FindAll("[data-testid=step-errors]"));
        answer.SetResult();

        shell.WaitForAssertion(() => Assert.Equal("step 1", shell.Find("[data-testid=note-step]").TextContent));
    }

    [Fact]
    public void ReadProblem_ShownWithRetryForThatRead()
    {
        _model.SetReadProblem("roles", "IAM ListRoles failed: AccessDenied.");
        var shell = Render();

        Assert.Contains("IAM ListRoles failed", shell.Find("[data-testid=read-problem]").TextContent, StringComparison.Ordinal);
        shell.Find("[data-testid=read-retry]").Click();

        Assert.Equal(["roles"], _retried);
    }

    [Fact]
    public void ReadProblem_PageShowsItInItsSteps_NotRepeatedAtTheTop()
    {
        _model.SetReadProblem("roles", "IAM ListRoles failed: AccessDenied.");

        var shell = Render(showReadProblems: false);

        Assert.Empty(shell.FindAll("[data-testid=read-problem]"));
    }

    [Fact]
    public void Run_Refused_SaysWhatFailedAndWhatToDoInsteadOfASnackbar()
    {
        _model.Input.Name = "release";
        _model.Input.Tags = [new WizardTag("team", "ops"), new WizardTag("service", "notes")];
        var shell = Render();
        shell.Find("[data-testid=wizard-next]").Click();
        shell.Find("[data-testid=wizard-next]").Click();
        Assert.Empty(shell.FindAll("[data-testid=operation-problem]"));

        shell.Find("[data-testid=wizard-run]").Click();

        var problem = shell.WaitForElement("[data-testid=operation-problem]").TextContent;
        Assert.Contains("Starting the run failed", problem, StringComparison.Ordinal);
        Assert.Contains("Wizard runs need the Admin role.", problem, StringComparison.Ordinal);
        Assert.Contains("Nothing was sent to AWS.", problem, StringComparison.Ordinal);
    }

    // A click on Run while the check reads AWS must not land on a button that just turned disabled (the full walk lost one).
    [Fact]
    public void CheckPlan_WhileItReadsAws_RunStaysEnabledAndCheckWaits()
    {
        _model.Input.Name = "release";
        _model.Input.Tags = [new WizardTag("team", "ops"), new WizardTag("service", "notes")];
        var shell = Render();
        shell.Find("[data-testid=wizard-next]").Click();
        shell.Find("[data-testid=wizard-next]").Click();

        shell.Find("[data-testid=wizard-plan]").Click();

        Assert.True(shell.Find("[data-testid=wizard-plan]").HasAttribute("disabled"));
        Assert.False(shell.Find("[data-testid=wizard-run]").HasAttribute("disabled"));
        _logs.Answer.SetResult(ExistenceCheckResult.Missing);
        shell.WaitForAssertion(() => Assert.Equal("missing", shell.Find("[data-testid=plan-existing]").TextContent.Trim()));
        Assert.False(shell.Find("[data-testid=wizard-plan]").HasAttribute("disabled"));
    }

    // CloudWatch Logs as the run's existence check sees it: it answers when the test says.
    private sealed class SlowLogs : IWizardCallExecutor
    {
        public TaskCompletionSource<ExistenceCheckResult> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Service => "logs";

        public IReadOnlyCollection<string> Operations => ["CreateLogGroup"];

        public Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken) => Answer.Task;

        public Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken) => throw new InvalidOperationException("The shell tests never run a plan.");

        public Task UndoAsync(PlannedCall call, CancellationToken cancellationToken) => throw new InvalidOperationException("The shell tests never roll back.");
    }

    private sealed class RefusingGate : IOperationAuthorizer
    {
        public Task<T> RunAsync<T>(MutatingOperation operation, OperationRequest request, Func<OperationScope, CancellationToken, Task<T>> action, CancellationToken cancellationToken) =>
            throw new OperationDeniedException(operation, "Wizard runs need the Admin role.");
    }
}
