using EcsConsole.Aws;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Security;
using EcsConsole.Core.Tests.Rollouts;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>Wizard runs go through the operation gate: Admin only, one audit entry per run, resume or rollback.</summary>
public sealed class WizardServiceTests : IAsyncLifetime
{
    private readonly TestOperator _currentOperator = new() { Identity = new("root", ConsoleRole.Admin, IsLocalAccount: true) };
    private WizardSandbox _sandbox = null!;
    private AwsRequestIdRecorder _recorder = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await WizardSandbox.StartAsync(services => services
            .AddSingleton<ICurrentOperator>(_currentOperator)
            .AddSingleton<IProductionClusterPolicy>(new NamedProductionClusters("prod"))
            .AddScoped<IOperationAuthorizer, OperationGuard>());
        _recorder = new AwsRequestIdRecorder(_sandbox.Calls);
        await _recorder.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _recorder.StopAsync(CancellationToken.None);
        await _sandbox.DisposeAsync();
    }

    private WizardService Service() => _sandbox.Store.Services.CreateScope().ServiceProvider.GetRequiredService<WizardService>();

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync() =>
        (await _sandbox.Store.Services.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Operation = "Wizard.Run" }, CancellationToken.None)).Entries;

    [Fact]
    public async Task RunAsync_Admin_RunsAndWritesOneAuditEntryNamingEveryRequestAsync()
    {
        var run = await Service().RunAsync(IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!, null, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, run.State);
        Assert.Equal("root", run.StartedBy);
        var entry = Assert.Single(await AuditAsync());
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        // Existence checks and creates: many AWS requests, all named by the run's single entry.
        Assert.True(entry.AwsRequestIds.Length >= run.Steps.Count(s => s.State == WizardStepState.Created), string.Join(",", entry.AwsRequestIds));
    }

    [Fact]
    public async Task RunAsync_Operator_IsRefusedBeforeAnyCallAsync()
    {
        _currentOperator.Identity = new("bob", ConsoleRole.Operator, IsLocalAccount: true);
        var before = _sandbox.Calls.TotalAttempts;

        await Assert.ThrowsAsync<OperationDeniedException>(() => Service().RunAsync(IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!, null, CancellationToken.None));

        Assert.Equal(before, _sandbox.Calls.TotalAttempts);
        Assert.Equal(AuditOutcome.Denied, Assert.Single(await AuditAsync()).Outcome);
    }

    [Fact]
    public async Task RunAsync_RunEndsFailed_AuditsFailedWithTheRunsErrorAsync()
    {
        await _sandbox.Iam.CreateRoleAsync(new EcsConsole.Aws.Iam.CreateRoleRequest
        {
            RoleName = "users-task",
            AssumeRolePolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
        });

        var run = await Service().RunAsync(IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!, null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, run.State);
        var entry = Assert.Single(await AuditAsync());
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Equal(run.Error, entry.Error);
    }

    [Fact]
    public async Task RollbackAsync_RunRolledBack_AuditsRolledBackAsync()
    {
        var run = await Service().RunAsync(IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!, null, CancellationToken.None);

        await Service().RollbackAsync(run.Id, CancellationToken.None);

        var entries = await AuditAsync();
        Assert.Equal(AuditOutcome.RolledBack, entries.Single(e => e.Target == $"wizard-run/{run.Id}").Outcome);
        Assert.Equal(AuditOutcome.Succeeded, entries.Single(e => e.Target != $"wizard-run/{run.Id}").Outcome);
    }

    [Fact]
    public async Task RollbackAsync_AfterRun_IsItsOwnAuditEntryAsync()
    {
        var run = await Service().RunAsync(IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!, null, CancellationToken.None);

        await Service().RollbackAsync(run.Id, CancellationToken.None);

        var entries = await AuditAsync();
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.Target == $"wizard-run/{run.Id}" && e.Parameters!.Contains("rollback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResumeAsync_RoleUntickedAfterAFailure_AuditsSuccessThatNamesWhatWasLeftOutAsync()
    {
        await _sandbox.Iam.CreateRoleAsync(new EcsConsole.Aws.Iam.CreateRoleRequest
        {
            RoleName = "users-task",
            AssumeRolePolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
        });
        var failed = await Service().RunAsync(IamRolesWizard.Plan(IamRolesWizardTests.UsersInput()).Plan!, null, CancellationToken.None);
        var input = IamRolesWizardTests.UsersInput();
        input.Roles.Remove(EcsRoleKind.Task);

        var resumed = await Service().ResumeAsync(failed.Id, IamRolesWizard.Plan(input).Plan!, null, CancellationToken.None);

        Assert.Equal(WizardRunState.SucceededWithChanges, resumed.State);
        var entry = (await AuditAsync()).Single(e => e.Parameters!.Contains("resume", StringComparison.Ordinal));
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.StartsWith("Succeeded with changes: ", entry.Error);
        Assert.Contains("role users-task) was left out", entry.Error);
    }
}
