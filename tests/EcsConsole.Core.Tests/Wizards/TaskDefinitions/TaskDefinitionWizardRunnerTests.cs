using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Logs;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.TaskDefinitions;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards.TaskDefinitions;

/// <summary>The Task definition wizard's plan run by the engine against the sandbox.</summary>
public sealed class TaskDefinitionWizardRunnerTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    private IEcsClient Ecs => _sandbox.Store.Services.GetRequiredService<IEcsClient>();

    private ILogsClient Logs => _sandbox.Store.Services.GetRequiredService<ILogsClient>();

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task StartAsync_ReportsPlan_RegistersRevisionOneAndCreatesTheLogGroupAsync()
    {
        var plan = TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!;

        var run = await _sandbox.Runner.StartAsync(plan, "admin", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, run.State);
        var described = await Ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "reports" });
        Assert.Equal(1, described.TaskDefinition!.Revision);
        Assert.Equal($"{TaskDefinitionInputs.Registry}/blog:latest", described.TaskDefinition.ContainerDefinitions![0].Image);
        Assert.Equal(described.TaskDefinition.TaskDefinitionArn, run.Steps[^1].Outcome);
        Assert.Equal(14, (await GroupAsync("/ecs/reports"))?.RetentionInDays);
    }

    [Fact]
    public async Task RollbackAsync_SucceededRun_DeregistersTheRevisionAndDeletesTheGroupAsync()
    {
        var plan = TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!;
        var run = await _sandbox.Runner.StartAsync(plan, "admin", null, CancellationToken.None);

        var rolledBack = await _sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None);

        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
        var described = await Ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "reports:1" });
        Assert.Equal("INACTIVE", described.TaskDefinition!.Status);
        Assert.Null(await GroupAsync("/ecs/reports"));
    }

    [Fact]
    public async Task StartAsync_NewRevisionOfUsers_RegistersTheNextRevisionAndKeepsTheExistingGroupAsync()
    {
        var before = (await Ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "users" })).TaskDefinition!;
        var source = _sandbox.Store.Services.GetRequiredService<TaskDefinitionWizardSource>();
        var input = await source.LoadAsync("users", CancellationToken.None);
        input.Containers[0].Environment.Add(new EnvironmentVariableInput { Name = "FEATURE_FLAGS", Value = "new-search" });
        var (plan, errors) = TaskDefinitionWizard.Plan(input);
        Assert.Empty(errors);

        var run = await _sandbox.Runner.StartAsync(plan!, "admin", null, CancellationToken.None);
        var rolledBack = await _sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, run.State);
        Assert.Equal(WizardStepState.SkippedExisting, run.Steps[0].State);
        var after = (await Ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = $"users:{before.Revision + 1}" })).TaskDefinition!;
        Assert.Contains(after.ContainerDefinitions![0].Environment!, v => v.Name == "FEATURE_FLAGS");
        Assert.Equal(before.ContainerDefinitions![0].Secrets, after.ContainerDefinitions[0].Secrets);
        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
        Assert.NotNull(await GroupAsync("/ecs/users"));
    }

    [Fact]
    public async Task ResumeAsync_RunThatFailedBeforeRegistering_RegistersOnceWithoutResendingTheGroupAsync()
    {
        var plan = TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!;
        var executors = _sandbox.Store.Services.GetServices<IWizardCallExecutor>().ToList();
        var flaky = new FailingOnce(executors.Single(e => e.Operations.Contains("PutRetentionPolicy")));
        var runner = _sandbox.NewRunner([.. executors.Where(e => e.Service != "logs"), flaky]);

        var failed = await runner.StartAsync(plan, "admin", null, CancellationToken.None);
        var resumed = await runner.ResumeAsync(failed.Id, null, null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, failed.State);
        Assert.Contains("ThrottlingException", failed.Error, StringComparison.Ordinal);
        Assert.Equal(WizardRunState.Succeeded, resumed.State);
        Assert.Equal(1, flaky.Created);
        var arns = new List<string>();
        await foreach (var arn in Ecs.ListTaskDefinitionsAsync(new ListTaskDefinitionsRequest { FamilyPrefix = "reports" }))
        {
            arns.Add(arn);
        }

        Assert.Equal(["arn:aws:ecs:eu-west-1:000000000000:task-definition/reports:1"], arns);
    }

    [Fact]
    public async Task LoadAsync_UnknownRevision_SurfacesEcsClientExceptionAsync()
    {
        var source = _sandbox.Store.Services.GetRequiredService<TaskDefinitionWizardSource>();

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => source.LoadAsync("no-such-family:9", CancellationToken.None));

        Assert.Equal("ClientException", error.ErrorCode);
    }

    [Fact]
    public async Task ListTaskRolesAsync_SandboxAccount_OffersOnlyRolesEcsTasksMayAssumeAsync()
    {
        var source = _sandbox.Store.Services.GetRequiredService<TaskDefinitionWizardSource>();

        var roles = await source.ListTaskRolesAsync(CancellationToken.None);

        Assert.Contains(roles, r => r.Arn == TaskDefinitionInputs.ExecutionRole);
        Assert.DoesNotContain(roles, r => r.Name.StartsWith("AWSServiceRole", StringComparison.Ordinal));
    }

    /// <summary>The logs executor, except that its first PutRetentionPolicy is throttled; counts the groups it creates.</summary>
    private sealed class FailingOnce(IWizardCallExecutor inner) : IWizardCallExecutor
    {
        private bool _failed;

        public int Created { get; private set; }

        public string Service => inner.Service;

        public IReadOnlyCollection<string> Operations => inner.Operations;

        public Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken) => inner.CheckAsync(call, cancellationToken);

        public Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken)
        {
            if (call.Operation == "PutRetentionPolicy" && !_failed)
            {
                _failed = true;
                throw new AwsServiceException("logs", call.Operation, "ThrottlingException", "Rate exceeded", "req-1", System.Net.HttpStatusCode.BadRequest);
            }

            Created += call.Operation == "CreateLogGroup" ? 1 : 0;
            return inner.ExecuteAsync(call, cancellationToken);
        }

        public Task UndoAsync(PlannedCall call, CancellationToken cancellationToken) => inner.UndoAsync(call, cancellationToken);
    }

    private async Task<LogGroup?> GroupAsync(string name)
    {
        await foreach (var group in Logs.DescribeLogGroupsAsync(new DescribeLogGroupsRequest { LogGroupNamePrefix = name }))
        {
            if (group.LogGroupName == name)
            {
                return group;
            }
        }

        return null;
    }
}
