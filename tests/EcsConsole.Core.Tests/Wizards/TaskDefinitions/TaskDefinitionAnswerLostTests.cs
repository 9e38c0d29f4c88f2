using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.TaskDefinitions;
using EcsConsole.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards.TaskDefinitions;

/// <summary>
/// RegisterTaskDefinition takes effect but its answer is lost (sandbox fault): the run must not register a second revision
/// on resume, and its rollback must remove the one it registered, found by the run's tag.
/// </summary>
public sealed class TaskDefinitionAnswerLostTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    private IEcsClient Ecs => _sandbox.Store.Services.GetRequiredService<IEcsClient>();

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private async Task<List<string>> ActiveRevisionsAsync()
    {
        var arns = new List<string>();
        await foreach (var arn in Ecs.ListTaskDefinitionsAsync(new ListTaskDefinitionsRequest { FamilyPrefix = "reports", Status = "ACTIVE" }))
        {
            arns.Add(arn);
        }

        return arns;
    }

    [Fact]
    public async Task StartAsync_RegisterAnswerLost_StepStaysInFlightAndIsNotSentTwiceAsync()
    {
        _sandbox.Sandbox.Faults = new SandboxFaults { LoseAnswerOf = ["RegisterTaskDefinition"] };

        var run = await _sandbox.Runner.StartAsync(TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!, "admin", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, run.State);
        Assert.Equal(WizardStepState.Running, run.Steps[^1].State);
        // Taken effect once; the pipeline did not send the tokenless write again.
        Assert.Single(await ActiveRevisionsAsync());
        Assert.Equal(1, _sandbox.Calls.CountFor("ECS", "RegisterTaskDefinition"));
    }

    [Fact]
    public async Task ResumeAsync_AfterRegisterAnswerLost_FindsTheRevisionByItsRunTagInsteadOfRegisteringAnotherAsync()
    {
        _sandbox.Sandbox.Faults = new SandboxFaults { LoseAnswerOf = ["RegisterTaskDefinition"] };
        var failed = await _sandbox.Runner.StartAsync(TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!, "admin", null, CancellationToken.None);
        _sandbox.Sandbox.Faults = new SandboxFaults();

        var resumed = await _sandbox.NewRunner().ResumeAsync(failed.Id, null, null, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, resumed.State);
        var revision = Assert.Single(await ActiveRevisionsAsync());
        Assert.Equal(WizardStepState.Created, resumed.Steps[^1].State);
        Assert.Contains(revision, resumed.Steps[^1].Outcome, StringComparison.Ordinal);
        var described = await Ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = revision, Include = ["TAGS"] });
        Assert.Contains(described.Tags!, t => t.Key == RunTags.Key && t.Value == failed.Id);
    }

    [Fact]
    public async Task RollbackAsync_AfterRegisterAnswerLost_DeregistersTheRevisionTheRunRegisteredAsync()
    {
        _sandbox.Sandbox.Faults = new SandboxFaults { LoseAnswerOf = ["RegisterTaskDefinition"] };
        var failed = await _sandbox.Runner.StartAsync(TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!, "admin", null, CancellationToken.None);
        _sandbox.Sandbox.Faults = new SandboxFaults();

        var rolledBack = await _sandbox.NewRunner().RollbackAsync(failed.Id, CancellationToken.None);

        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
        Assert.Empty(await ActiveRevisionsAsync());
        Assert.Equal(WizardStepState.RolledBack, rolledBack.Steps[^1].State);
    }

    [Fact]
    public async Task ResumeAsync_RevisionOfAnotherRun_IsNotTakenForThisRunsAsync()
    {
        var earlier = await _sandbox.Runner.StartAsync(TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!, "admin", null, CancellationToken.None);
        _sandbox.Sandbox.Faults = new SandboxFaults { LoseAnswerOf = ["RegisterTaskDefinition"] };
        var failed = await _sandbox.Runner.StartAsync(TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!, "admin", null, CancellationToken.None);
        _sandbox.Sandbox.Faults = new SandboxFaults();

        var resumed = await _sandbox.NewRunner().ResumeAsync(failed.Id, null, null, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, earlier.State);
        Assert.Equal(WizardRunState.Succeeded, resumed.State);
        Assert.Equal(2, (await ActiveRevisionsAsync()).Count);
        Assert.NotEqual(earlier.Steps[^1].Outcome, resumed.Steps[^1].Outcome);
    }
}
