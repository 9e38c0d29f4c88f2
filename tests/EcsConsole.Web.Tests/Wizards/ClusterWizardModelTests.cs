using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Web.Components.Pages.Wizards;

namespace EcsConsole.Web.Tests.Wizards;

public sealed class ClusterWizardModelTests
{
    private const string Vpc = "vpc-0c1d2e3f4a5b60001";
    private const string OtherVpc = "vpc-0c1d2e3f4a5b60009";

    private static ClusterWizardModel Named(ClusterCapacityKind kind)
    {
        var model = new ClusterWizardModel();
        model.Input.ClusterName = "batch";
        model.Input.Tags = [new WizardTag("team", "data")];
        model.SetKind(kind);
        return model;
    }

    private static ClusterWizardModel Ec2AtCapacity()
    {
        var model = Named(ClusterCapacityKind.Ec2);
        Assert.True(model.Next());
        model.Vpcs = [new NetworkChoice(Vpc, $"{Vpc} (default)", Vpc)];
        model.SetVpc(Vpc);
        model.SetNetwork(
            [new NetworkChoice("subnet-0a1e7c3b5d9f20011", "a", Vpc), new NetworkChoice("subnet-0a1e7c3b5d9f20012", "b", Vpc), new NetworkChoice("subnet-0fffffffffffffff1", "x", OtherVpc)],
            [new NetworkChoice("sg-0d3f1a2b4c5e60071", "default", Vpc)]);
        model.SetAmi(new ResolvedAmi(EcsOptimizedAmi.Parameter(EcsAmiVariant.AmazonLinux2023), "ami-0a1b2c3d4e5f60718"), null);
        return model;
    }

    [Fact]
    public void Next_FirstStep_FillsTheResourceNamesFromTheCluster()
    {
        var model = Named(ClusterCapacityKind.Ec2);

        Assert.True(model.Next());

        Assert.Equal(("batch-lt", "batch-asg", "batch-cp"), (model.Input.LaunchTemplateName, model.Input.AutoScalingGroupName, model.Input.CapacityProviderName));
        Assert.Equal(1, model.Step);
    }

    [Fact]
    public void Next_NoName_StaysWithTheMessage()
    {
        var model = new ClusterWizardModel();

        Assert.False(model.Next());

        Assert.Equal(0, model.Step);
        Assert.Equal("Give the cluster a name.", model.ErrorFor(nameof(ClusterWizardInput.ClusterName)));
    }

    [Fact]
    public void Next_CapacityStepWithLaterProblems_OnlyThisStepsCount()
    {
        var model = Named(ClusterCapacityKind.Fargate);
        model.Input.Tags = [new WizardTag("aws:x", "y")];
        model.Next();

        Assert.True(model.Next());
        Assert.Equal(2, model.Step);
        Assert.False(model.Next());
        Assert.NotNull(model.ErrorFor("Tags"));
    }

    [Fact]
    public void SetNetwork_KeepsOnlyTheVpcsChoicesAndPicksItsSubnets()
    {
        var model = Ec2AtCapacity();

        Assert.Equal(["subnet-0a1e7c3b5d9f20011", "subnet-0a1e7c3b5d9f20012"], model.Subnets.Select(s => s.Id));
        Assert.Equal(["subnet-0a1e7c3b5d9f20011", "subnet-0a1e7c3b5d9f20012"], model.Input.SubnetIds);
    }

    [Fact]
    public void SetVpc_Another_ClearsSubnetAndGroupPicks()
    {
        var model = Ec2AtCapacity();
        model.SetSecurityGroups(["sg-0d3f1a2b4c5e60071"]);

        model.SetVpc(OtherVpc);

        Assert.Empty(model.Input.SubnetIds);
        Assert.Empty(model.Input.SecurityGroupIds);
        Assert.Empty(model.Subnets);
    }

    [Fact]
    public void Next_Ec2WithoutTheAmi_SaysWhichParameterToRead()
    {
        var model = Ec2AtCapacity();
        model.SetAmiVariant(EcsAmiVariant.AmazonLinux2);

        Assert.False(model.Next());

        Assert.Contains("/aws/service/ecs/optimized-ami/amazon-linux-2/recommended/image_id", model.ErrorFor(nameof(ClusterWizardInput.AmiVariant)), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_Ec2AllSteps_PlanOfFiveCallsWithExports()
    {
        var model = Ec2AtCapacity();

        Assert.True(model.Next());
        Assert.True(model.Next());

        Assert.Equal(model.PlanStep, model.Step);
        Assert.Equal(5, model.Plan!.Calls.Count);
        Assert.Contains("aws ecs put-cluster-capacity-providers", model.CliScript(), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_FargateAllSteps_PlanAndCloudFormation()
    {
        var model = Named(ClusterCapacityKind.Fargate);

        model.Next();
        model.Next();
        model.Next();

        Assert.Equal("ecs:CreateCluster", Assert.Single(model.Plan!.Calls).Action);
        Assert.Contains("AWS::ECS::Cluster", model.CloudFormation(), StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_AfterPlanning_MakesThePlanStale()
    {
        var model = Named(ClusterCapacityKind.Fargate);
        model.Next();
        model.Next();
        model.Next();

        model.SetTag(0, "team", "search");

        Assert.Null(model.Plan);
    }

    [Fact]
    public void FromJson_InputRoundTrip_KeepsEverything()
    {
        var model = Ec2AtCapacity();

        var restored = ClusterWizardModel.FromJson(model.InputAsJson());

        Assert.Equal(ClusterCapacityKind.Ec2, restored.Input.Kind);
        Assert.Equal(model.Input.SubnetIds, restored.Input.SubnetIds);
        Assert.Equal("batch-cp", restored.Input.CapacityProviderName);
    }

    [Fact]
    public void ClusterLink_SucceededRun_PointsAtTheClustersPage()
    {
        var model = Named(ClusterCapacityKind.Fargate);
        var run = new WizardRunRecord
        {
            Id = "r1", Wizard = ClusterWizard.Id, Summary = "Fargate cluster batch", StartedBy = "alice", State = WizardRunState.Succeeded, Input = model.InputAsJson(),
            Steps = [new WizardStepRecord { RunId = "r1", Index = 0, Service = "ecs", Operation = "CreateCluster", Body = "{}", Creates = "cluster batch", ExistenceCheck = "", State = WizardStepState.Created }],
        };

        Assert.Equal("/clusters/batch", ClusterWizardModel.ClusterLink(run));
    }
}
