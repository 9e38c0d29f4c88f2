using EcsConsole.Aws.Iam;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>The journaled runner against the sandbox's IAM: create, skip, fail part-way, resume, roll back, survive an interruption.</summary>
public sealed class WizardRunnerTests : IAsyncLifetime
{
    private const string Ec2Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private static WizardPlan Plan(IamRolesWizardInput? input = null) => IamRolesWizard.Plan(input ?? IamRolesWizardTests.UsersInput()).Plan!;

    [Fact]
    public async Task StartAsync_FreshRoles_CreatesThemAndJournalsEachStepAsync()
    {
        var run = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, run.State);
        Assert.True(await _sandbox.RoleExistsAsync("users-task"));
        Assert.True(await _sandbox.RoleExistsAsync("ecs-instance"));
        var profile = await _sandbox.Iam.GetInstanceProfileAsync(new GetInstanceProfileRequest { InstanceProfileName = "ecs-instance" });
        Assert.Equal("ecs-instance", Assert.Single(profile.InstanceProfile.Roles).RoleName);
        // The seeded account has AWSServiceRoleForECS already: created only if missing.
        Assert.Equal(WizardStepState.SkippedExisting, run.Steps[0].State);
        Assert.All(run.Steps.Skip(1), s => Assert.Equal(WizardStepState.Created, s.State));
        Assert.StartsWith("arn:aws:iam::000000000000:role/users-execution", run.Steps[1].Outcome, StringComparison.Ordinal);
        Assert.Equal(run.Steps.Count, (await _sandbox.Journal.FindAsync(run.Id, CancellationToken.None))!.Steps.Count);
    }

    [Fact]
    public async Task StartAsync_SamePlanAgain_SkipsWhatExistsAsync()
    {
        await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);
        var creates = _sandbox.Calls.CountFor("IAM", "CreateRole");

        var again = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, again.State);
        Assert.All(again.Steps, s => Assert.Equal(WizardStepState.SkippedExisting, s.State));
        Assert.Equal(creates, _sandbox.Calls.CountFor("IAM", "CreateRole"));
    }

    [Fact]
    public async Task StartAsync_NameTakenByAnotherRole_StopsWithClearErrorAndJournalShowsWhatWasCreatedAsync()
    {
        await _sandbox.Iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "users-task", AssumeRolePolicyDocument = Ec2Trust });

        var run = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, run.State);
        Assert.Contains("users-task already exists", run.Error, StringComparison.Ordinal);
        Assert.Contains("Choose another name", run.Error, StringComparison.Ordinal);
        var failed = Assert.Single(run.Steps, s => s.State == WizardStepState.Failed);
        Assert.Equal("role users-task", failed.Creates);
        Assert.Equal(["role users-execution", "AmazonECSTaskExecutionRolePolicy on users-execution", "inline policy read-task-secrets on users-execution"],
            run.Steps.Where(s => s.State == WizardStepState.Created).Select(s => s.Creates));
        Assert.All(run.Steps.Where(s => s.Index > failed.Index), s => Assert.Equal(WizardStepState.Planned, s.State));
    }

    [Fact]
    public async Task ResumeAsync_AfterFixingTheName_CompletesWithoutRepeatingDoneStepsAsync()
    {
        await _sandbox.Iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "users-task", AssumeRolePolicyDocument = Ec2Trust });
        var failed = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);
        var input = IamRolesWizardTests.UsersInput();
        input.TaskRoleName = "users-app";
        var createsBefore = _sandbox.Calls.CountFor("IAM", "CreateRole");

        var resumed = await _sandbox.Runner.ResumeAsync(failed.Id, Plan(input), null, CancellationToken.None);

        Assert.Equal(WizardRunState.SucceededWithChanges, resumed.State);
        Assert.True(await _sandbox.RoleExistsAsync("users-app"));
        Assert.Equal(WizardStepState.Superseded, resumed.Steps.Single(s => s.Creates == "role users-task").State);
        Assert.Single(resumed.Steps, s => s.Creates == "role users-execution");
        // users-app, ecs-instance and ecs-infrastructure; users-execution was done before the failure.
        Assert.Equal(3, _sandbox.Calls.CountFor("IAM", "CreateRole") - createsBefore);
    }

    [Fact]
    public async Task ResumeAsync_RoleUntickedAfterAFailure_EndsSucceededWithChangesListingWhatWasLeftOutAsync()
    {
        await _sandbox.Iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "users-task", AssumeRolePolicyDocument = Ec2Trust });
        var failed = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);
        var input = IamRolesWizardTests.UsersInput();
        input.Roles.Remove(EcsRoleKind.Task);

        var resumed = await _sandbox.Runner.ResumeAsync(failed.Id, Plan(input), null, CancellationToken.None);

        Assert.Equal(WizardRunState.SucceededWithChanges, resumed.State);
        Assert.True(resumed.State.IsSuccess());
        var changes = WizardRunChanges.Describe(resumed);
        Assert.Contains(changes, c => c.Contains("(iam:CreateRole, role users-task) was left out", StringComparison.Ordinal));
        Assert.All(changes, c => Assert.DoesNotContain("..", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResumeAsync_SamePlanAfterATransientFailure_EndsSucceededAsync()
    {
        await _sandbox.Iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "users-task", AssumeRolePolicyDocument = Ec2Trust });
        var failed = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);
        await _sandbox.Iam.DeleteRoleAsync(new DeleteRoleRequest { RoleName = "users-task" });

        var resumed = await _sandbox.Runner.ResumeAsync(failed.Id, null, null, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, resumed.State);
        Assert.Empty(WizardRunChanges.Describe(resumed));
    }

    [Fact]
    public async Task RollbackAsync_FailedRun_DeletesExactlyWhatItCreatedAsync()
    {
        await _sandbox.Iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "users-task", AssumeRolePolicyDocument = Ec2Trust });
        var failed = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);

        var rolledBack = await _sandbox.Runner.RollbackAsync(failed.Id, CancellationToken.None);

        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
        Assert.False(await _sandbox.RoleExistsAsync("users-execution"));
        // Not this run's: the conflicting role, the seeded execution role and the service-linked role stay.
        Assert.True(await _sandbox.RoleExistsAsync("users-task"));
        Assert.True(await _sandbox.RoleExistsAsync("ecsTaskExecutionRole"));
        Assert.True(await _sandbox.RoleExistsAsync("AWSServiceRoleForECS"));
        Assert.Equal(3, rolledBack.Steps.Count(s => s.State == WizardStepState.RolledBack));
    }

    [Fact]
    public async Task RollbackAsync_SucceededRun_LeavesNothingBehindAsync()
    {
        var before = await ListRoleNamesAsync();
        var run = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);

        await _sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None);

        Assert.Equal(before, await ListRoleNamesAsync());
        var profile = await Record.ExceptionAsync(() => _sandbox.Iam.GetInstanceProfileAsync(new GetInstanceProfileRequest { InstanceProfileName = "ecs-instance" }));
        Assert.Equal("NoSuchEntity", Assert.IsType<EcsConsole.Aws.AwsServiceException>(profile).ErrorCode);
    }

    [Fact]
    public async Task ResumeAsync_InterruptedRunOnANewRunner_FinishesWithoutDuplicatesAsync()
    {
        using var stop = new CancellationTokenSource();
        var executor = _sandbox.Store.Services.GetServices<IWizardCallExecutor>().OfType<EcsConsole.Core.Wizards.Iam.IamCallExecutor>().Single();
        var stopping = new StopAfterExecutor(executor, stop, afterCalls: 4);
        var first = _sandbox.NewRunner(stopping);

        var interrupted = await first.StartAsync(Plan(), "alice", null, stop.Token);
        Assert.Equal(WizardRunState.Interrupted, interrupted.State);
        // The call in flight when the console stopped stays in flight: only its existence check can tell whether it landed.
        Assert.Equal(WizardStepState.Running, interrupted.Steps.Single(s => s.Creates == "role users-task").State);
        var runId = interrupted.Id;

        var resumed = await _sandbox.NewRunner().ResumeAsync(runId, null, null, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, resumed.State);
        // Four roles in the plan, each created once across both runners; the call in flight was confirmed, not repeated.
        Assert.Equal(4, _sandbox.Calls.CountFor("IAM", "CreateRole"));
        Assert.Equal(0, resumed.Steps.Count(s => s.State == WizardStepState.Failed));
        Assert.Equal(WizardStepState.Created, resumed.Steps.Single(s => s.Creates == "role users-task").State);
    }

    [Fact]
    public async Task RollbackAsync_WhileTheRunIsStillGoing_IsRefusedAsync()
    {
        var executor = _sandbox.Store.Services.GetServices<IWizardCallExecutor>().OfType<EcsConsole.Core.Wizards.Iam.IamCallExecutor>().Single();
        var gate = new HeldExecutor(executor);
        var runner = _sandbox.NewRunner(gate);
        string? runId = null;
        var running = runner.StartAsync(Plan(), "alice", null, CancellationToken.None, id => runId = id);
        await gate.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var refused = await Record.ExceptionAsync(() => runner.RollbackAsync(runId!, CancellationToken.None));
        gate.Release.SetResult();
        var finished = await running;

        Assert.Contains($"Run {runId} is being executed by console instance", Assert.IsType<WizardRunHeldException>(refused).Message, StringComparison.Ordinal);
        Assert.Equal(WizardRunState.Succeeded, finished.State);
    }

    [Fact]
    public async Task StartAsync_ExecutorThrowsNonAwsError_EndsFailedWithTheReasonAndResumeFinishesAsync()
    {
        var executor = _sandbox.Store.Services.GetServices<IWizardCallExecutor>().OfType<EcsConsole.Core.Wizards.Iam.IamCallExecutor>().Single();
        var runner = _sandbox.NewRunner(new ThrowOnceExecutor(executor, new System.Text.Json.JsonException("'}' is invalid after a value.")));

        var failed = await runner.StartAsync(Plan(), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, failed.State);
        Assert.Contains("JsonException: '}' is invalid after a value.", failed.Error, StringComparison.Ordinal);
        // It may have been sent before it threw, so it stays in flight for the resume's existence check.
        Assert.Contains("JsonException", failed.Steps[1].Error, StringComparison.Ordinal);
        var resumed = await _sandbox.NewRunner().ResumeAsync(failed.Id, null, null, CancellationToken.None);
        Assert.Equal(WizardRunState.Succeeded, resumed.State);
        Assert.Equal(4, _sandbox.Calls.CountFor("IAM", "CreateRole"));
    }

    [Fact]
    public async Task StartAsync_ExecutorThrowsArgumentError_NoRunStaysRunningAsync()
    {
        var executor = _sandbox.Store.Services.GetServices<IWizardCallExecutor>().OfType<EcsConsole.Core.Wizards.Iam.IamCallExecutor>().Single();
        var runner = _sandbox.NewRunner(new ThrowOnceExecutor(executor, new ArgumentException("Value cannot be null. (Parameter 'RoleName')")));

        var failed = await runner.StartAsync(Plan(), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, (await _sandbox.Journal.FindAsync(failed.Id, CancellationToken.None))!.State);
        Assert.Contains("ArgumentException", failed.Error, StringComparison.Ordinal);
        var rolledBack = await _sandbox.NewRunner().RollbackAsync(failed.Id, CancellationToken.None);
        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
    }

    [Fact]
    public async Task RollbackAsync_UndoThrowsNonAwsError_EndsRollbackFailedWithTheReasonAsync()
    {
        var run = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);
        var executor = _sandbox.Store.Services.GetServices<IWizardCallExecutor>().OfType<EcsConsole.Core.Wizards.Iam.IamCallExecutor>().Single();

        var result = await _sandbox.NewRunner(new ThrowOnceExecutor(executor, new FormatException("bad ARN"), onUndo: true)).RollbackAsync(run.Id, CancellationToken.None);

        Assert.Equal(WizardRunState.RollbackFailed, result.State);
        Assert.Contains("FormatException: bad ARN", result.Error, StringComparison.Ordinal);
        Assert.Equal(WizardRunState.RolledBack, (await _sandbox.NewRunner().RollbackAsync(run.Id, CancellationToken.None)).State);
    }

    private async Task<List<string>> ListRoleNamesAsync()
    {
        var names = new List<string>();
        await foreach (var role in _sandbox.Iam.ListRolesAsync(new ListRolesRequest()))
        {
            names.Add(role.RoleName);
        }

        return names;
    }

    /// <summary>Holds the first call until released, so a test can act while a run is in flight.</summary>
    private sealed class HeldExecutor(IWizardCallExecutor inner) : IWizardCallExecutor
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Service => inner.Service;

        public IReadOnlyCollection<string> Operations => inner.Operations;

        public Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken) => inner.CheckAsync(call, cancellationToken);

        public async Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken)
        {
            Reached.TrySetResult();
            await Release.Task;
            return await inner.ExecuteAsync(call, cancellationToken);
        }

        public Task UndoAsync(PlannedCall call, CancellationToken cancellationToken) => inner.UndoAsync(call, cancellationToken);
    }

    /// <summary>Throws the given error from the first create (or undo) it is asked for, then passes everything through.</summary>
    private sealed class ThrowOnceExecutor(IWizardCallExecutor inner, Exception error, bool onUndo = false) : IWizardCallExecutor
    {
        private int _thrown;

        public string Service => inner.Service;

        public IReadOnlyCollection<string> Operations => inner.Operations;

        public Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken) => inner.CheckAsync(call, cancellationToken);

        public Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken) =>
            !onUndo && Interlocked.Exchange(ref _thrown, 1) == 0 ? throw error : inner.ExecuteAsync(call, cancellationToken);

        public Task UndoAsync(PlannedCall call, CancellationToken cancellationToken) =>
            onUndo && Interlocked.Exchange(ref _thrown, 1) == 0 ? throw error : inner.UndoAsync(call, cancellationToken);
    }

    /// <summary>Cancels the run's token once the given number of calls has been sent, as a console stopping mid-run would.</summary>
    private sealed class StopAfterExecutor(IWizardCallExecutor inner, CancellationTokenSource stop, int afterCalls) : IWizardCallExecutor
    {
        private int _sent;

        public string Service => inner.Service;

        public IReadOnlyCollection<string> Operations => inner.Operations;

        public Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken) => inner.CheckAsync(call, cancellationToken);

        public async Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken)
        {
            var result = await inner.ExecuteAsync(call, CancellationToken.None);
            if (++_sent == afterCalls)
            {
                // The call landed in AWS, but the console goes away before it can journal the result.
                await stop.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }

            return result;
        }

        public Task UndoAsync(PlannedCall call, CancellationToken cancellationToken) => inner.UndoAsync(call, cancellationToken);
    }
}
