using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Services;

namespace EcsConsole.Core.Tests.Wizards.Services;

/// <summary>The Service wizard's ECS step through the journaled runner against the sandbox: create, skip, conflict, roll back.</summary>
public sealed class ServiceWizardRunnerTests : IAsyncLifetime
{
    private ServiceWizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await ServiceWizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private static WizardPlan Plan(ServiceWizardInput? input = null) => ServiceWizard.Plan(input ?? ServiceWizardInputs.Plain()).Plan!;

    [Fact]
    public async Task StartAsync_PlainService_CreatesItAndItsTasksRunAsync()
    {
        var run = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, run.State);
        var step = Assert.Single(run.Steps);
        Assert.Equal(WizardStepState.Created, step.State);
        Assert.Equal("arn:aws:ecs:eu-west-1:000000000000:service/staging/search", step.Outcome);
        _sandbox.Advance(TimeSpan.FromMinutes(2));
        var service = await _sandbox.ServiceAsync("staging", "search");
        Assert.Equal("ACTIVE", service!.Status);
        Assert.Equal(2, service.RunningCount);
        Assert.Equal("SERVICE", service.PropagateTags);
    }

    [Fact]
    public async Task StartAsync_SamePlanAgain_SkipsTheExistingServiceAsync()
    {
        await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);
        var creates = _sandbox.Calls.CountFor("ECS", "CreateService");

        var again = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);

        Assert.True(again.State == WizardRunState.Succeeded, again.Error);
        Assert.Equal(WizardStepState.SkippedExisting, Assert.Single(again.Steps).State);
        Assert.Equal(creates, _sandbox.Calls.CountFor("ECS", "CreateService"));
    }

    [Fact]
    public async Task StartAsync_NameOfAServiceOfAnotherFamily_StopsWithWhatToChangeAsync()
    {
        var input = ServiceWizardInputs.Plain();
        input.ServiceName = "news";

        var run = await _sandbox.Runner.StartAsync(Plan(input), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, run.State);
        Assert.Contains("runs task definition family news, not search", run.Error, StringComparison.Ordinal);
        Assert.Contains("Choose another service name", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, _sandbox.Calls.CountFor("ECS", "CreateService"));
    }

    [Fact]
    public async Task InspectAsync_ServiceExistsWithAnotherDesiredCount_ShowsAConflictSayingWhatDiffersAsync()
    {
        await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);
        var changed = ServiceWizardInputs.Plain();
        changed.DesiredCount = 3;

        var existing = Assert.Single(await _sandbox.Runner.InspectAsync(Plan(changed), CancellationToken.None));

        Assert.Equal(ExistenceState.Conflict, existing.State);
        Assert.Contains("Service search on cluster staging exists with desired count 2, the plan says 3", existing.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ServiceExistsWithAnotherPublicIpSetting_FailsInsteadOfSkippingItAsync()
    {
        await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);
        var changed = ServiceWizardInputs.Plain();
        changed.AssignPublicIp = !changed.AssignPublicIp;

        var run = await _sandbox.Runner.StartAsync(Plan(changed), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, run.State);
        Assert.Equal(WizardStepState.Failed, Assert.Single(run.Steps).State);
        Assert.Contains("public IP", run.Error, StringComparison.Ordinal);
        Assert.Contains("change the plan to match", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResumeAsync_AfterChoosingAnotherName_CreatesTheServiceAsync()
    {
        var taken = ServiceWizardInputs.Plain();
        taken.ServiceName = "news";
        var failed = await _sandbox.Runner.StartAsync(Plan(taken), "alice", null, CancellationToken.None);

        var resumed = await _sandbox.Runner.ResumeAsync(failed.Id, Plan(), null, CancellationToken.None);

        Assert.Equal(WizardRunState.SucceededWithChanges, resumed.State);
        Assert.Equal("ACTIVE", (await _sandbox.ServiceAsync("staging", "search"))!.Status);
        Assert.Single(resumed.Steps, s => s.Key == "Service" && s.State == WizardStepState.Created);
    }

    [Fact]
    public async Task RollbackAsync_CreatedService_ScalesToZeroDeletesAndWaitsForItsTasksAsync()
    {
        var run = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);
        _sandbox.Advance(TimeSpan.FromMinutes(2));

        var rolledBack = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None));

        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
        Assert.Equal(WizardStepState.RolledBack, Assert.Single(rolledBack.Steps).State);
        var service = await _sandbox.ServiceAsync("staging", "search");
        Assert.True(service!.Status is "DRAINING" or "INACTIVE", service.Status);
        Assert.Equal(0, (service.RunningCount ?? 0) + (service.PendingCount ?? 0));
    }

    [Fact]
    public async Task StartAsync_AfterRollback_CreatesTheServiceAgainAsync()
    {
        var run = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);
        await _sandbox.AdvanceWhileAsync(_sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None));
        _sandbox.Advance(TimeSpan.FromMinutes(2));

        var again = await _sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None);

        Assert.True(again.State == WizardRunState.Succeeded, again.Error);
        Assert.Equal(WizardStepState.Created, Assert.Single(again.Steps).State);
    }
}
