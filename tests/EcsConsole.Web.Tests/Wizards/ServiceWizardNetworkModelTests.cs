using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Web.Components.Pages.Wizards;

namespace EcsConsole.Web.Tests.Wizards;

public sealed class ServiceWizardNetworkModelTests
{
    internal const string Vpc = "vpc-0c1d2e3f4a5b60001";

    internal static readonly NetworkChoice[] Subnets =
    [
        new("subnet-0a1e7c3b5d9f20011", "subnet-0a1e7c3b5d9f20011 (prod-a)", Vpc, "eu-west-1a", "prod-a"),
        new("subnet-05c4b2e8a7d610021", "subnet-05c4b2e8a7d610021 (staging-a)", Vpc, "eu-west-1a", "staging-a"),
        new("subnet-0a1e7c3b5d9f20012", "subnet-0a1e7c3b5d9f20012 (prod-b)", Vpc, "eu-west-1b", "prod-b"),
        new("subnet-05c4b2e8a7d610022", "subnet-05c4b2e8a7d610022 (staging-b)", Vpc, "eu-west-1b", "staging-b"),
    ];

    internal static readonly NetworkChoice[] Groups =
    [
        new("sg-0a5c3e1f7d9b20070", "sg-0a5c3e1f7d9b20070 (default)", Vpc, Name: "default"),
        new("sg-0b9e8d7c6a5f40072", "sg-0b9e8d7c6a5f40072 (ecs-tasks-staging)", Vpc, Name: "ecs-tasks-staging"),
    ];

    /// <summary>The ready model on the networking step with the VPC's lists read (its typed ids all listed).</summary>
    internal static ServiceWizardModel OnNetworkStep()
    {
        var model = ServiceWizardModelTests.Ready();
        model.Step = 2;
        model.SetVpcs([new NetworkChoice(Vpc, $"{Vpc} (default)", Vpc)]);
        model.SetSubnetChoices(Vpc, Subnets);
        model.SetSecurityGroupChoices(Vpc, Groups);
        return model;
    }

    [Fact]
    public void SetSubnetChoices_NothingPicked_PicksOneSubnetPerZone()
    {
        var model = ServiceWizardModel.ForCluster("staging");
        model.SetVpcs([new NetworkChoice(Vpc, Vpc, Vpc)]);

        model.SetSubnetChoices(Vpc, Subnets);

        Assert.Equal(["subnet-0a1e7c3b5d9f20011", "subnet-0a1e7c3b5d9f20012"], model.Input.Subnets);
    }

    [Fact]
    public void SetSecurityGroupChoices_NothingPicked_PicksTheVpcsDefaultGroup()
    {
        var model = ServiceWizardModel.ForCluster("staging");
        model.SetVpcs([new NetworkChoice(Vpc, Vpc, Vpc)]);

        model.SetSecurityGroupChoices(Vpc, Groups);

        Assert.Equal(["sg-0a5c3e1f7d9b20070"], model.Input.SecurityGroups);
    }

    [Fact]
    public void SetSubnetChoices_IdsTypedBefore_KeepsThem()
    {
        var model = OnNetworkStep();

        Assert.Equal(["subnet-05c4b2e8a7d610021", "subnet-05c4b2e8a7d610022"], model.Input.Subnets);
        Assert.Equal(["sg-0b9e8d7c6a5f40072"], model.Input.SecurityGroups);
    }

    [Fact]
    public void Next_TypedSubnetNotInTheVpc_StaysNamingTheSubnetsField()
    {
        var model = OnNetworkStep();
        model.SubnetsText = "subnet-05c4b2e8a7d610021, subnet-0abc1234";

        Assert.False(model.Next());

        Assert.Equal(2, model.Step);
        Assert.Equal($"Subnet subnet-0abc1234 does not exist in {Vpc}; pick one from the list.", model.ErrorFor("Subnets"));
    }

    [Fact]
    public void BuildPlan_TypedSecurityGroupNotInTheVpc_RefusesNamingTheSecurityGroupsField()
    {
        var model = OnNetworkStep();
        model.SecurityGroupsText = "sg-0123abcd";

        Assert.False(model.BuildPlan());

        Assert.Equal($"Security group sg-0123abcd does not exist in {Vpc}; pick one from the list.", model.ErrorFor("SecurityGroups"));
    }

    [Fact]
    public void Next_ListedIds_MovesOn()
    {
        var model = OnNetworkStep();

        Assert.True(model.Next());

        Assert.Equal(3, model.Step);
    }

    [Fact]
    public void Next_NetworkReadFailed_TakesTypedIds()
    {
        var model = ServiceWizardModelTests.Ready();
        model.Step = 2;
        model.SetReadProblem(ServiceWizardModel.SubnetsRead, "EC2 DescribeSubnets failed: UnauthorizedOperation.");
        model.SubnetsText = "subnet-0abc1234";

        Assert.True(model.Next());
    }

    [Fact]
    public void SetVpc_AnotherVpc_EmptiesPicksAndLists()
    {
        var model = OnNetworkStep();

        model.SetVpc("vpc-0e1d2c3b4a5f60789");

        Assert.Empty(model.Input.Subnets);
        Assert.Empty(model.Input.SecurityGroups);
        Assert.Null(model.Subnets);
        Assert.Null(model.Network);
    }

    [Fact]
    public void SetSubnetChoices_ReadForAVpcNoLongerChosen_IsIgnored()
    {
        var model = OnNetworkStep();
        model.SetVpc("vpc-0e1d2c3b4a5f60789");

        model.SetSubnetChoices(Vpc, Subnets);

        Assert.Null(model.Subnets);
        Assert.Empty(model.Input.Subnets);
    }
}
