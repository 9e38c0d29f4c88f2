using EcsConsole.Aws;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Security;
using EcsConsole.Core.Store;
using EcsConsole.Core.Tests.Support;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>
/// Two console instances (two containers, ids <c>a</c> and <c>b</c>) on one store and one AWS, SQLite and PostgreSQL
/// (when <c>ECSCONSOLE_TEST_POSTGRES</c> is set), on a clock of their own: a run is executed by one instance at a time;
/// the sweep leaves a live instance's run alone; a run whose instance stalled past its lease is interrupted once (its
/// audit entry closed once) and resumed by the other; the stalled instance, waking up, writes nothing.
/// </summary>
public sealed class MultiInstanceWizardTests
{
    private static readonly TimeSpan Expiry = new LeaseOptions().Expiry;

    private static WizardPlan Plan() => IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!;

    [Fact]
    public Task Resume_Sqlite_BothInstancesAtOnce_OneExecutesItTheOtherIsToldWho() => ResumeRaceAsync("Sqlite");

    [RequiresPostgresFact]
    public Task Resume_PostgreSql_BothInstancesAtOnce_OneExecutesItTheOtherIsToldWho() => ResumeRaceAsync("PostgreSql");

    [Fact]
    public Task Sweep_Sqlite_RunOfALiveInstance_IsLeftAloneAndItsResumeRefused() => LiveRunAsync("Sqlite");

    [RequiresPostgresFact]
    public Task Sweep_PostgreSql_RunOfALiveInstance_IsLeftAloneAndItsResumeRefused() => LiveRunAsync("PostgreSql");

    [Fact]
    public Task Sweep_Sqlite_LeaseExpired_TheOtherInterruptsOnceAndResumes_TheStalledOneWritesNothing() => TakeOverAsync("Sqlite");

    [RequiresPostgresFact]
    public Task Sweep_PostgreSql_LeaseExpired_TheOtherInterruptsOnceAndResumes_TheStalledOneWritesNothing() => TakeOverAsync("PostgreSql");

    private static async Task ResumeRaceAsync(string provider)
    {
        await using var sandbox = await StartAsync(provider);
        var (a, b) = (new Instance(sandbox.Store.Services), new Instance(await sandbox.AddInstanceAsync("b")));
        // As the journal stands when instance a died after journaling a run, before its first call.
        var run = await a.Journal.CreateAsync(Plan(), "alice", null, CancellationToken.None);
        sandbox.Clock.Advance(Expiry + TimeSpan.FromSeconds(1));
        var gateA = new GateExecutor(a.Iam, "role users-task");
        var gateB = new GateExecutor(b.Iam, "role users-task");

        var resumeA = Task.Run(() => a.Runner(gateA).ResumeAsync(run.Id, null, null, CancellationToken.None));
        var resumeB = Task.Run(() => b.Runner(gateB).ResumeAsync(run.Id, null, null, CancellationToken.None));
        var first = await Task.WhenAny(resumeA, resumeB).WaitAsync(TimeSpan.FromSeconds(60));
        var (loser, winner, winnerId) = first == resumeA ? (resumeA, resumeB, "b") : (resumeB, resumeA, "a");
        var refused = await Assert.ThrowsAsync<WizardRunHeldException>(() => loser);
        gateA.Release.TrySetResult();
        gateB.Release.TrySetResult();
        var resumed = await winner.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Contains($"Run {run.Id} is being executed by console instance {winnerId} since", refused.Message, StringComparison.Ordinal);
        Assert.Equal(winnerId, refused.Holder?.Owner);
        Assert.Equal(WizardRunState.Succeeded, resumed.State);
        // Four roles in the plan, each created once across both instances.
        Assert.Equal(4, a.Calls.CountFor("IAM", "CreateRole") + b.Calls.CountFor("IAM", "CreateRole"));
        Assert.Null((await a.Journal.FindAsync(run.Id, CancellationToken.None))!.LeaseOwner);
    }

    private static async Task LiveRunAsync(string provider)
    {
        await using var sandbox = await StartAsync(provider);
        var (a, b) = (new Instance(sandbox.Store.Services), new Instance(await sandbox.AddInstanceAsync("b")));
        var gate = new GateExecutor(a.Iam, "role users-task");
        string? runId = null;
        var running = Task.Run(() => a.Runner(gate).StartAsync(Plan(), "alice", null, CancellationToken.None, id => runId = id));
        await gate.Reached.Task.WaitAsync(TimeSpan.FromSeconds(60));

        // b starts while a's run is under way, and keeps sweeping while a keeps renewing, past the first expiry.
        Assert.Empty(await b.Sweep().SweepAsync(atStart: true, CancellationToken.None));
        for (var i = 0; i < 4; i++)
        {
            sandbox.Clock.Advance(Expiry / 2);
            Assert.Equal(0, await a.Leases.RenewAllAsync(CancellationToken.None));
            Assert.Empty(await b.Sweep().SweepAsync(atStart: false, CancellationToken.None));
        }

        var resume = await Assert.ThrowsAsync<WizardRunHeldException>(() => b.Runner().ResumeAsync(runId!, null, null, CancellationToken.None));
        var rollback = await Assert.ThrowsAsync<WizardRunHeldException>(() => b.Runner().RollbackAsync(runId!, CancellationToken.None));
        var inFlight = await b.Journal.FindAsync(runId!, CancellationToken.None);
        gate.Release.SetResult();
        var finished = await running.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal((WizardRunState.Running, "a"), (inFlight!.State, inFlight.LeaseOwner));
        Assert.Contains($"Run {runId} is being executed by console instance a since", resume.Message, StringComparison.Ordinal);
        Assert.Equal("a", rollback.Holder?.Owner);
        Assert.Equal(WizardRunState.Succeeded, finished.State);
        Assert.Equal(0, b.Calls.CountFor("IAM", "CreateRole"));
    }

    private static async Task TakeOverAsync(string provider)
    {
        await using var sandbox = await StartAsync(provider);
        var (a, b) = (new Instance(sandbox.Store.Services), new Instance(await sandbox.AddInstanceAsync("b")));
        var c = new Instance(await sandbox.AddInstanceAsync("c"));
        var entry = await a.Audit.RecordAsync(new AuditRecord { Actor = "alice", Operation = "Wizard.Run", Target = "wizard/iam-roles", Outcome = AuditOutcome.Started }, CancellationToken.None);
        // Instance a stalls in the middle of the run (a long pause, a lost network): it stops renewing its lease.
        var stalled = new GateExecutor(a.Iam, "role users-task");
        string? runId = null;
        var running = Task.Run(() =>
        {
            OperationScope.Begin(entry.Id);
            return a.Runner(stalled).StartAsync(Plan(), "alice", null, CancellationToken.None, id => runId = id);
        });
        await stalled.Reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var createdBeforeTheStall = a.Calls.CountFor("IAM", "CreateRole");

        Assert.Empty(await b.Sweep().SweepAsync(atStart: false, CancellationToken.None));
        sandbox.Clock.Advance(Expiry + TimeSpan.FromSeconds(1));
        // b and c sweep at the same moment: the run is interrupted once.
        var swept = await Task.WhenAll(
            Task.Run(() => b.Sweep().SweepAsync(atStart: false, CancellationToken.None)),
            Task.Run(() => c.Sweep().SweepAsync(atStart: true, CancellationToken.None)));
        var interrupted = Assert.Single(swept.SelectMany(s => s));
        var marked = await b.Journal.FindAsync(runId!, CancellationToken.None);
        Assert.Empty(await c.Sweep().SweepAsync(atStart: false, CancellationToken.None));

        var resumed = await b.Runner().ResumeAsync(runId!, null, null, CancellationToken.None);
        var journalAfterResume = await b.Journal.FindAsync(runId!, CancellationToken.None);
        // a wakes up: its next journal write finds the run is b's, and it stops there.
        stalled.Release.SetResult();
        var lost = await Assert.ThrowsAsync<WizardRunLeaseLostException>(() => running.WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal((runId, "a"), (interrupted.RunId, interrupted.PreviousOwner));
        Assert.Equal(WizardRunState.Interrupted, marked!.State);
        Assert.Contains("Console instance a stopped while this run was in progress", marked.Error, StringComparison.Ordinal);
        Assert.Equal(WizardRunState.Succeeded, resumed.State);
        Assert.Equal(4, a.Calls.CountFor("IAM", "CreateRole") + b.Calls.CountFor("IAM", "CreateRole"));
        Assert.Equal(createdBeforeTheStall, a.Calls.CountFor("IAM", "CreateRole"));
        Assert.Contains($"lost the lease on run {runId}", lost.Message, StringComparison.Ordinal);
        var journal = await b.Journal.FindAsync(runId!, CancellationToken.None);
        Assert.Equal(WizardRunState.Succeeded, journal!.State);
        Assert.Equal(journalAfterResume!.Steps.Select(s => (s.State, s.UpdatedAt)), journal.Steps.Select(s => (s.State, s.UpdatedAt)));
        // The killed action's audit entry is closed once, as Interrupted, naming the instance that stopped.
        var closed = Assert.Single((await a.Audit.QueryAsync(new AuditQuery { Operation = "Wizard.Run" }, CancellationToken.None)).Entries);
        Assert.Equal(AuditOutcome.Interrupted, closed.Outcome);
        Assert.Contains($"Console instance a stopped while wizard run {runId}", closed.Error, StringComparison.Ordinal);
    }

    private static Task<WizardSandbox> StartAsync(string provider) =>
        // A clock of its own (at real time, for SigV4): these tests move it past lease expiries.
        WizardSandbox.StartAsync(provider, new FakeTimeProvider(TimeProvider.System.GetUtcNow()), new Dictionary<string, string?> { ["Leases:InstanceId"] = "a" });

    /// <summary>One console instance's services.</summary>
    private sealed class Instance(IServiceProvider services)
    {
        public WizardJournal Journal => services.GetRequiredService<WizardJournal>();

        public OwnerLeases Leases => services.GetRequiredService<OwnerLeases>();

        public IAuditTrail Audit => services.GetRequiredService<IAuditTrail>();

        public AwsCallLog Calls => services.GetRequiredService<AwsCallLog>();

        public IWizardCallExecutor Iam => services.GetServices<IWizardCallExecutor>().OfType<IamCallExecutor>().Single();

        public WizardRunner Runner(params IWizardCallExecutor[] executors) => new(
            Journal, executors.Length > 0 ? executors : services.GetServices<IWizardCallExecutor>(), new WizardProgressFeed(TimeProvider.System),
            Leases, services.GetRequiredService<WizardRunTakeover>(), NullLogger<WizardRunner>.Instance);

        public WizardInterruptionSweep Sweep() => ActivatorUtilities.CreateInstance<WizardInterruptionSweep>(services);
    }

    /// <summary>Holds the existence check of the call creating <paramref name="creates"/> until released, ignoring cancellation, as a stalled process would.</summary>
    private sealed class GateExecutor(IWizardCallExecutor inner, string creates) : IWizardCallExecutor
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Service => inner.Service;

        public IReadOnlyCollection<string> Operations => inner.Operations;

        public async Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken)
        {
            if (call.Creates == creates)
            {
                Reached.TrySetResult();
                await Release.Task;
            }

            return await inner.CheckAsync(call, CancellationToken.None);
        }

        public Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken) => inner.ExecuteAsync(call, cancellationToken);

        public Task UndoAsync(PlannedCall call, CancellationToken cancellationToken) => inner.UndoAsync(call, cancellationToken);
    }
}
