using EcsConsole.Core.Audit;
using EcsConsole.Core.Store;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>
/// A console restarted after stopping mid-run (the same instance id, so the run's lease names it): the start-up sweep marks
/// the run interrupted at once, and a resume finishes it.
/// </summary>
public sealed class WizardInterruptionSweepTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private WizardInterruptionSweep Sweep() => new(
        _sandbox.Store.Services.GetRequiredService<ConsoleStoreInitializer>(), _sandbox.Journal, _sandbox.Store.Services.GetRequiredService<OwnerLeases>(),
        _sandbox.Store.Services.GetRequiredService<WizardRunTakeover>(), _sandbox.Clock, Options.Create(new LeaseOptions()), NullLogger<WizardInterruptionSweep>.Instance);

    [Fact]
    public async Task StartAsync_RunLeftRunning_MarksItInterruptedAndResumeFinishesItAsync()
    {
        var plan = IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!;
        // As the journal stands when the process dies after journaling a run and before its first call.
        var run = await _sandbox.Journal.CreateAsync(plan, "alice", null, CancellationToken.None);
        var sweep = Sweep();

        await sweep.StartAsync(CancellationToken.None);

        var interrupted = await _sandbox.Journal.FindAsync(run.Id, CancellationToken.None);
        Assert.Equal(WizardRunState.Interrupted, interrupted!.State);
        Assert.Contains("Resume", interrupted.Error, StringComparison.Ordinal);
        var resumed = await _sandbox.NewRunner().ResumeAsync(run.Id, null, null, CancellationToken.None);
        Assert.Equal(WizardRunState.Succeeded, resumed.State);
    }

    [Fact]
    public async Task StartAsync_RunLeftRunning_ClosesItsStartedAuditEntryAsInterruptedAsync()
    {
        var audit = _sandbox.Store.Services.GetRequiredService<IAuditTrail>();
        var entry = await audit.RecordAsync(new AuditRecord { Actor = "alice", Operation = "Wizard.Run", Target = "wizard/iam-roles", Outcome = AuditOutcome.Started }, CancellationToken.None);
        var run = await _sandbox.Journal.CreateAsync(IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!, "alice", null, CancellationToken.None, entry.Id);

        await Sweep().StartAsync(CancellationToken.None);

        var closed = Assert.Single((await audit.QueryAsync(new AuditQuery { Operation = "Wizard.Run" }, CancellationToken.None)).Entries);
        Assert.Equal(AuditOutcome.Interrupted, closed.Outcome);
        Assert.Contains(run.Id, closed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_FinishedRuns_AreLeftAloneAsync()
    {
        var plan = IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!;
        var done = await _sandbox.Runner.StartAsync(plan, "alice", null, CancellationToken.None);

        Assert.Empty(await Sweep().SweepAsync(atStart: true, CancellationToken.None));
        Assert.Equal(WizardRunState.Succeeded, (await _sandbox.Journal.FindAsync(done.Id, CancellationToken.None))!.State);
    }
}
