using EcsConsole.Core.Store;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>A console restarted after stopping mid-run: the sweep marks the run interrupted, and a resume finishes it.</summary>
public sealed class WizardInterruptionSweepTests : IAsyncLifetime
{
    private WizardSandbox sandbox = null!;

    public async Task InitializeAsync() => sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    [Fact]
    public async Task StartAsync_RunLeftRunning_MarksItInterruptedAndResumeFinishesItAsync()
    {
        var plan = IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!;
        // As the journal stands when the process dies after journaling a run and before its first call.
        var run = await sandbox.Journal.CreateAsync(plan, "alice", null, CancellationToken.None);
        var sweep = new WizardInterruptionSweep(sandbox.Store.Services.GetRequiredService<ConsoleStoreInitializer>(), sandbox.Journal, NullLogger<WizardInterruptionSweep>.Instance);

        await sweep.StartAsync(CancellationToken.None);

        var interrupted = await sandbox.Journal.FindAsync(run.Id, CancellationToken.None);
        Assert.Equal(WizardRunState.Interrupted, interrupted!.State);
        Assert.Contains("Resume", interrupted.Error, StringComparison.Ordinal);
        var resumed = await sandbox.NewRunner().ResumeAsync(run.Id, null, null, CancellationToken.None);
        Assert.Equal(WizardRunState.Succeeded, resumed.State);
    }

    [Fact]
    public async Task StartAsync_FinishedRuns_AreLeftAloneAsync()
    {
        var plan = IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!;
        var done = await sandbox.Runner.StartAsync(plan, "alice", null, CancellationToken.None);

        Assert.Equal(0, await sandbox.Journal.MarkInterruptedAsync(CancellationToken.None));
        Assert.Equal(WizardRunState.Succeeded, (await sandbox.Journal.FindAsync(done.Id, CancellationToken.None))!.State);
    }
}
