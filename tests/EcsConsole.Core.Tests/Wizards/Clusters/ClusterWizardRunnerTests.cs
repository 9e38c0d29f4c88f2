using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Clusters;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards.Clusters;

/// <summary>The cluster wizard's ECS calls through the journaled runner against the sandbox: create, skip, conflict, resume, roll back.</summary>
public sealed class ClusterWizardRunnerTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private IEcsClient Ecs => _sandbox.Store.Services.GetRequiredService<IEcsClient>();

    private static WizardPlan Plan(ClusterWizardInput input) => ClusterWizard.Plan(input).Plan!;

    [Fact]
    public async Task StartAsync_Fargate_ClusterDescribedWithItsStrategyAsync()
    {
        var run = await _sandbox.Runner.StartAsync(Plan(ClusterWizardInputs.Fargate()), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, run.State);
        Assert.Equal("arn:aws:ecs:eu-west-1:000000000000:cluster/qa", Assert.Single(run.Steps).Outcome);
        var cluster = await ClusterAsync("qa");
        Assert.Equal("ACTIVE", cluster!.Status);
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], cluster.CapacityProviders);
        Assert.Equal([("FARGATE", 1, 1), ("FARGATE_SPOT", 3, 0)], cluster.DefaultCapacityProviderStrategy!.Select(s => (s.CapacityProvider, s.Weight ?? 0, s.Base ?? 0)));
        Assert.Equal("enhanced", cluster.Settings!.Single(s => s.Name == "containerInsights").Value);
        Assert.Contains(cluster.Tags!, t => t is { Key: "team", Value: "platform" });
    }

    [Fact]
    public async Task StartAsync_SamePlanAgain_SkipsTheExistingClusterAsync()
    {
        await _sandbox.Runner.StartAsync(Plan(ClusterWizardInputs.Fargate()), "alice", null, CancellationToken.None);

        var again = await _sandbox.Runner.StartAsync(Plan(ClusterWizardInputs.Fargate()), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, again.State);
        Assert.Equal(WizardStepState.SkippedExisting, Assert.Single(again.Steps).State);
        Assert.Equal(1, _sandbox.Calls.CountFor("ECS", "CreateCluster"));
    }

    [Fact]
    public async Task StartAsync_NameTakenByARunningCluster_FailsThenResumesWithACorrectedNameAsync()
    {
        var taken = await _sandbox.Runner.StartAsync(Plan(ClusterWizardInputs.Fargate("staging")), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, taken.State);
        Assert.Contains("A cluster named staging already exists and runs 4 service(s)", taken.Error, StringComparison.Ordinal);
        Assert.Contains("Choose another cluster name", taken.Error, StringComparison.Ordinal);
        Assert.Equal(0, _sandbox.Calls.CountFor("ECS", "CreateCluster"));

        var resumed = await _sandbox.Runner.ResumeAsync(taken.Id, Plan(ClusterWizardInputs.Fargate("staging-2")), null, CancellationToken.None);

        Assert.Equal(WizardRunState.SucceededWithChanges, resumed.State);
        Assert.Equal("ACTIVE", (await ClusterAsync("staging-2"))!.Status);
    }

    [Fact]
    public async Task StartAsync_EmptyClusterWithOtherProviders_ConflictNamesThemAsync()
    {
        await Ecs.CreateClusterAsync(new CreateClusterRequest { ClusterName = "qa" });

        var run = await _sandbox.Runner.StartAsync(Plan(ClusterWizardInputs.Fargate()), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, run.State);
        Assert.Contains("already exists with capacity providers no capacity providers, not FARGATE, FARGATE_SPOT", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RollbackAsync_CreatedCluster_LeavesNothingAsync()
    {
        var run = await _sandbox.Runner.StartAsync(Plan(ClusterWizardInputs.Fargate()), "alice", null, CancellationToken.None);

        var rolledBack = await _sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None);

        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
        Assert.Null(await ClusterAsync("qa"));
        Assert.DoesNotContain("arn:aws:ecs:eu-west-1:000000000000:cluster/qa", await ListClustersAsync());
    }

    [Fact]
    public async Task RollbackAsync_SkippedExistingCluster_KeptAsync()
    {
        await _sandbox.Runner.StartAsync(Plan(ClusterWizardInputs.Fargate()), "alice", null, CancellationToken.None);
        var second = await _sandbox.Runner.StartAsync(Plan(ClusterWizardInputs.Fargate()), "bob", null, CancellationToken.None);

        await _sandbox.Runner.RollbackAsync(second.Id, CancellationToken.None);

        Assert.Equal("ACTIVE", (await ClusterAsync("qa"))!.Status);
    }

    private async Task<Cluster?> ClusterAsync(string name)
    {
        var described = await Ecs.DescribeClustersAsync(new DescribeClustersRequest { Clusters = [name], Include = ["SETTINGS", "TAGS"] });
        return described.Clusters?.FirstOrDefault(c => c.Status == "ACTIVE");
    }

    private async Task<List<string>> ListClustersAsync()
    {
        var arns = new List<string>();
        await foreach (var arn in Ecs.ListClustersAsync())
        {
            arns.Add(arn);
        }

        return arns;
    }
}
