using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Services;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards.Services;

/// <summary>The networking step's ids checked against what the sandbox's EC2 holds in the default VPC, where the seeded subnets are.</summary>
public sealed class ServiceWizardNetworkTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Plan_SeededSubnetsAndGroup_PlansAsync()
    {
        var network = await ReadDefaultVpcAsync();

        var (plan, errors) = ServiceWizard.Plan(ServiceWizardInputs.Plain(), network);

        Assert.Empty(errors);
        Assert.NotNull(plan);
    }

    [Fact]
    public async Task Plan_WellFormedSubnetEc2DoesNotKnow_IsRefusedOnTheSubnetsFieldAsync()
    {
        var network = await ReadDefaultVpcAsync();
        var input = ServiceWizardInputs.Plain();
        input.Subnets = ["subnet-05c4b2e8a7d610021", "subnet-0abc1234"];

        var (plan, errors) = ServiceWizard.Plan(input, network);

        Assert.Null(plan);
        var error = Assert.Single(errors);
        Assert.Equal("Subnets", error.Field);
        Assert.Equal($"Subnet subnet-0abc1234 does not exist in {network.VpcId}; pick one from the list.", error.Message);
    }

    [Fact]
    public async Task Plan_WellFormedSecurityGroupEc2DoesNotKnow_IsRefusedOnTheSecurityGroupsFieldAsync()
    {
        var network = await ReadDefaultVpcAsync();
        var input = ServiceWizardInputs.Plain();
        input.SecurityGroups = ["sg-0123abcd"];

        var (_, errors) = ServiceWizard.Plan(input, network);

        var error = Assert.Single(errors);
        Assert.Equal("SecurityGroups", error.Field);
        Assert.Contains("sg-0123abcd does not exist in", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadNetworkAsync_DefaultVpc_OffersSeededSubnetsWithZoneAndNameAsync()
    {
        var network = await ReadDefaultVpcAsync();

        var staging = Assert.Single(network.Subnets, s => s.Id == "subnet-05c4b2e8a7d610021");
        Assert.Equal("staging-a", staging.Name);
        Assert.NotNull(staging.Zone);
        Assert.Contains(network.SecurityGroups, g => g.Name == "default");
    }

    [Fact]
    public void Plan_NoNetworkRead_TakesTypedIdsAsTheyAre()
    {
        var input = ServiceWizardInputs.Plain();
        input.Subnets = ["subnet-0abc1234"];

        var (plan, errors) = ServiceWizard.Plan(input);

        Assert.Empty(errors);
        Assert.NotNull(plan);
    }

    private async Task<VpcNetwork> ReadDefaultVpcAsync()
    {
        var source = _sandbox.Store.Services.GetRequiredService<ClusterWizardSource>();
        var vpc = (await source.ListVpcsAsync(CancellationToken.None))[0].Id;
        return await source.ReadNetworkAsync(vpc, CancellationToken.None);
    }
}
