using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Clusters;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards.Clusters;

/// <summary>The EC2 cluster plan through the journaled runner against the sandbox: every call lands, then a rollback removes it all.</summary>
public sealed class ClusterWizardEc2RunnerTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task StartAsync_Ec2Cluster_AllCallsLandAndRollbackLeavesNothingAsync()
    {
        var source = _sandbox.Store.Services.GetRequiredService<ClusterWizardSource>();
        var vpc = (await source.ListVpcsAsync(CancellationToken.None))[0].Id;
        var input = ClusterWizardInputs.Ec2();
        input.VpcId = vpc;
        input.SecurityGroupIds = [];
        var (plan, errors) = ClusterWizard.Plan(input, await source.ResolveAmiAsync(input.AmiVariant, CancellationToken.None));
        Assert.Empty(errors);

        var run = await _sandbox.Runner.StartAsync(plan!, "alice", null, CancellationToken.None);

        Assert.True(run.State == WizardRunState.Succeeded, run.Error);
        var ecs = _sandbox.Store.Services.GetRequiredService<IEcsClient>();
        var cluster = (await ecs.DescribeClustersAsync(new DescribeClustersRequest { Clusters = ["batch"] })).Clusters!.Single();
        Assert.Equal(["batch-cp"], cluster.CapacityProviders);

        var rolledBack = await _sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None);

        Assert.True(rolledBack.State == WizardRunState.RolledBack, rolledBack.Error);
        Assert.Equal("INACTIVE", (await ecs.DescribeClustersAsync(new DescribeClustersRequest { Clusters = ["batch"] })).Clusters!.Single().Status);
        Assert.Equal("INACTIVE", (await ecs.DescribeCapacityProvidersAsync(new DescribeCapacityProvidersRequest { CapacityProviders = ["batch-cp"] })).CapacityProviders!.Single().Status);
    }
}
