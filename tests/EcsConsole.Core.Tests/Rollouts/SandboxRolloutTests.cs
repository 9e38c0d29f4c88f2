using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;
using EcsConsole.Testing;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using EcsConsole.Aws.Json;

namespace EcsConsole.Core.Tests.Rollouts;

/// <summary>Rollouts planned, started, watched and read back against the real sandbox on a fake clock.</summary>
public sealed class SandboxRolloutTests : IAsyncLifetime
{
    private RolloutSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await RolloutSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private async Task<string> RunningTaskDefinitionAsync(string cluster, string service)
    {
        var response = await _sandbox.Ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = cluster, Services = [service] });
        return Assert.Single(response.Services!).TaskDefinition!;
    }

    private async Task<RolloutPlan> NewNewsImagePlanAsync(string cluster, string tag = "2.4.0")
    {
        _sandbox.Sandbox.Engine.Ecr.PushImage("news", tag);
        var image = await _sandbox.ImageAsync(cluster, "news", tag);
        return await _sandbox.Rollouts().PlanImageRolloutAsync(cluster, "news", new Dictionary<string, string> { ["news"] = image });
    }

    [Fact]
    public async Task PlanImageRolloutAsync_NewNewsImage_DiffShowsOnlyTheImage()
    {
        var plan = await NewNewsImagePlanAsync("prod");

        Assert.Equal(RolloutKind.Images, plan.Kind);
        Assert.Empty(plan.Diff.TaskFields);
        var changed = Assert.Single(plan.Diff.Containers, c => c.HasChanges);
        Assert.Equal("news", changed.Name);
        var field = Assert.Single(changed.Fields);
        Assert.Equal("image", field.Field);
        Assert.EndsWith("/news:2.4.0", field.After, StringComparison.Ordinal);
        Assert.EndsWith("/news:2.4.0", Assert.Single(plan.ImageChanges).To);
        Assert.Equal(["ecs:RegisterTaskDefinition", "ecs:UpdateService"], plan.Requests.Select(r => r.Operation));
    }

    [RequiresAwsModelsFact]
    public async Task PlanImageRolloutAsync_Requests_ConformToTheEcsModel()
    {
        var plan = await NewNewsImagePlanAsync("prod");
        var model = ServiceModel.Load("ecs");

        // What is sent, not what is shown: the shown bodies mask secret references.
        Assert.Empty(model.ValidateJsonInput("RegisterTaskDefinition", JsonSerializer.SerializeToNode(plan.Calls.Register, AwsJsonSerializer.Options)));
        Assert.Empty(model.ValidateJsonInput("UpdateService", JsonSerializer.SerializeToNode(plan.Calls.Update, AwsJsonSerializer.Options)));
    }

    [Fact]
    public async Task PlanImageRolloutAsync_UnknownContainer_SaysWhichContainersExist()
    {
        var error = await Assert.ThrowsAsync<RolloutValidationException>(() =>
            _sandbox.Rollouts().PlanImageRolloutAsync("prod", "news", new Dictionary<string, string> { ["web"] = "news:1" }));

        Assert.Contains("has no container named 'web' (it has news", error.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_RollingNewsImage_CompletesStepByStepAndHistoryNamesWhoAndWhy()
    {
        var plan = await NewNewsImagePlanAsync("prod");
        var before = await RunningTaskDefinitionAsync("prod", "news");

        var started = await _sandbox.Rollouts().StartAsync(plan, "ship 2.4.0", "news");
        var seen = new List<DeploymentProgress>();
        var end = await _sandbox.RunToEndAsync(started.ServiceDeploymentArn!, seen: seen.Add);

        Assert.Equal(DeploymentOutcome.Succeeded, end.Outcome);
        Assert.Equal(started.TaskDefinitionArn, await RunningTaskDefinitionAsync("prod", "news"));
        Assert.NotEqual(before, started.TaskDefinitionArn);
        Assert.Contains(seen, p => p.IsInProgress && p.Stages.Any(s => s.State == StepState.Current));
        Assert.Contains(seen, p => p.IsInProgress && p.Target is { Running: > 0 } && p.Sources.Any(s => s.Running > 0));
        var entry = (await _sandbox.History.GetAsync("prod", "news")).Entries[0];
        Assert.Equal(started.ServiceDeploymentArn, entry.DeploymentArn);
        Assert.Equal(DeploymentOutcome.Succeeded, entry.Outcome);
        Assert.Equal(("alice", "ship 2.4.0", RolloutKind.Images), (entry.StartedBy, entry.Note, entry.Kind));
        Assert.Equal(TaskDefinitionNames.FamilyRevision(started.TaskDefinitionArn), entry.TargetTaskDefinition);
        Assert.Contains(TaskDefinitionNames.FamilyRevision(before), entry.SourceTaskDefinitions);
        Assert.NotNull(entry.Duration);
    }

    [Fact]
    public async Task StartAsync_BrokenTag_CircuitBreakerRollsBackAndHistorySaysRolledBack()
    {
        var rollouts = _sandbox.Rollouts();
        await rollouts.UpdateStrategyAsync("staging", "news", new DeploymentStrategySettings
        {
            MinimumHealthyPercent = 100,
            MaximumPercent = 200,
            CircuitBreaker = new CircuitBreakerSettings(Enabled: true, Rollback: true),
        }, "breaker on before the broken build", null);
        foreach (var running in await _sandbox.Watcher.FindInProgressAsync("staging", "news"))
        {
            await _sandbox.RunToEndAsync(running);
        }
        var before = await RunningTaskDefinitionAsync("staging", "news");
        var image = await _sandbox.ImageAsync("staging", "news", "broken");
        var plan = await rollouts.PlanImageRolloutAsync("staging", "news", new Dictionary<string, string> { ["news"] = image });

        var started = await rollouts.StartAsync(plan, "try the broken build", null);
        var end = await _sandbox.RunToEndAsync(started.ServiceDeploymentArn!);

        Assert.Equal(DeploymentOutcome.RolledBack, end.Outcome);
        Assert.True(end.Outcome!.Value.IsFailure());
        Assert.True(end.CircuitBreaker?.Tripped, $"breaker {end.CircuitBreaker}");
        Assert.Equal(before, await RunningTaskDefinitionAsync("staging", "news"));
        var entry = (await _sandbox.History.GetAsync("staging", "news")).Entries.Single(e => e.DeploymentArn == started.ServiceDeploymentArn);
        Assert.Equal("rolled back", entry.Outcome!.Value.Describe());
        Assert.Equal("try the broken build", entry.Note);
    }

    [Fact]
    public async Task GetAsync_DeploymentsNotStartedFromTheConsole_HaveOutcomeButNoOperator()
    {
        var history = (await _sandbox.History.GetAsync("prod", "users")).Entries;

        Assert.NotEmpty(history);
        Assert.All(history, e => Assert.Null(e.StartedBy));
        Assert.Equal(DeploymentOutcome.Succeeded, history[0].Outcome);
        Assert.NotNull(history[0].TargetTaskDefinition);
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.CreatedAt >= p.Second.CreatedAt), "newest first");
    }

    [Fact]
    public async Task RollbackToRevisionAsync_EarlierRevision_DeploysItAndIsAuditedAsRollback()
    {
        var current = TaskDefinitionNames.FamilyRevision(await RunningTaskDefinitionAsync("staging", "news"));
        var revision = int.Parse(current[(current.IndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var earlier = $"news:{revision - 1}";

        var started = await _sandbox.Rollouts().RollbackToRevisionAsync("staging", "news", earlier, "2.3.1 leaks memory", null);
        var end = await _sandbox.RunToEndAsync(started.ServiceDeploymentArn!);

        Assert.Equal(DeploymentOutcome.Succeeded, end.Outcome);
        Assert.Equal(earlier, TaskDefinitionNames.FamilyRevision(await RunningTaskDefinitionAsync("staging", "news")));
        var entry = (await _sandbox.History.GetAsync("staging", "news")).Entries[0];
        Assert.Equal((RolloutKind.Rollback, earlier), (entry.Kind, entry.TargetTaskDefinition));
        var audit = await _sandbox.Services.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Operation = "Rollback" }, CancellationToken.None);
        var logged = Assert.Single(audit.Entries);
        Assert.Equal((AuditOutcome.Succeeded, "2.3.1 leaks memory", "alice"), (logged.Outcome, logged.Note, logged.Actor));
    }

    [Fact]
    public async Task StartAsync_Viewer_IsDeniedAuditedAndNothingIsSent()
    {
        var plan = await NewNewsImagePlanAsync("staging");
        _sandbox.Operator.Identity = new OperatorIdentity("victor", ConsoleRole.Viewer, IsLocalAccount: true);

        await Assert.ThrowsAsync<OperationDeniedException>(() => _sandbox.Rollouts().StartAsync(plan, "just looking", null));

        Assert.Empty(await _sandbox.Watcher.FindInProgressAsync("staging", "news"));
        var audit = await _sandbox.Services.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Actor = "victor" }, CancellationToken.None);
        var denied = Assert.Single(audit.Entries);
        Assert.Equal(("Rollout.Start", AuditOutcome.Denied), (denied.Operation, denied.Outcome));
    }

    [Fact]
    public async Task StartAsync_ProductionWithoutConfirmation_IsDenied()
    {
        var plan = await NewNewsImagePlanAsync("prod");

        var error = await Assert.ThrowsAsync<OperationDeniedException>(() => _sandbox.Rollouts().StartAsync(plan, "ship it", null));

        Assert.Contains("type the service name \"news\"", error.Message, StringComparison.Ordinal);
        Assert.Empty(await _sandbox.Watcher.FindInProgressAsync("prod", "news"));
    }

    [Fact]
    public async Task StartAsync_BlankNote_IsRefusedBeforeAnythingIsSent()
    {
        var plan = await NewNewsImagePlanAsync("staging");

        await Assert.ThrowsAsync<RolloutValidationException>(() => _sandbox.Rollouts().StartAsync(plan, "  ", null));

        Assert.Empty(await _sandbox.Watcher.FindInProgressAsync("staging", "news"));
    }

    [Fact]
    public async Task Watch_TwoViewers_ShareOneMonitorThatFollowsTheDeploymentToItsEnd()
    {
        var plan = await _sandbox.Rollouts().PlanForceNewDeploymentAsync("staging", "news");
        var started = await _sandbox.Rollouts().StartAsync(plan, "fresh tasks", null);
        await using var watcher = _sandbox.FakeClockWatcher();

        Assert.Equal([started.ServiceDeploymentArn!], await watcher.FindInProgressAsync("staging", "news"));
        await using (var first = watcher.Watch("staging", "news", started.ServiceDeploymentArn!))
        await using (var second = watcher.Watch("staging", "news", started.ServiceDeploymentArn!))
        {
            Assert.Same(first.Monitor, second.Monitor);
            Assert.Equal(1, watcher.ActiveCount);
            var monitor = (DeploymentMonitor)first.Monitor;
            var end = await _sandbox.AdvanceUntilAsync(monitor, p => !p.IsInProgress);
            Assert.Equal(DeploymentOutcome.Succeeded, end.Outcome);
            Assert.NotEmpty(first.Monitor.SubscribeEvents(CancellationToken.None).InitialState);
        }
        Assert.Equal(0, watcher.ActiveCount);
    }
}
