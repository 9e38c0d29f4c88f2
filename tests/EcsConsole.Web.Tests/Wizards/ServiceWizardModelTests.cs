using System.Text.Json.Nodes;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.Services;
using EcsConsole.Web.Components.Pages.Wizards;

namespace EcsConsole.Web.Tests.Wizards;

public sealed class ServiceWizardModelTests
{
    internal static ServiceWizardModel Ready()
    {
        var model = ServiceWizardModel.ForCluster("staging");
        model.Input.ServiceName = "search";
        model.Input.TaskDefinition = "search:1";
        model.SubnetsText = "subnet-05c4b2e8a7d610021, subnet-05c4b2e8a7d610022";
        model.SecurityGroupsText = "sg-0b9e8d7c6a5f40072";
        model.Input.Tags[0] = new WizardTag("team", "discovery");
        return model;
    }

    [Fact]
    public void Next_FirstStepEmpty_StaysAndNamesItsFieldsOnly()
    {
        var model = new ServiceWizardModel();

        Assert.False(model.Next());

        Assert.Equal(0, model.Step);
        Assert.NotNull(model.ErrorFor("Cluster"));
        Assert.NotNull(model.ErrorFor("ServiceName"));
        Assert.Null(model.ErrorFor("Subnets"));
    }

    [Fact]
    public void Next_FirstStepFilled_MovesOnAndFillsNamesAndTheServiceTag()
    {
        var model = Ready();

        Assert.True(model.Next());

        Assert.Equal(1, model.Step);
        Assert.Equal("search-tg", model.Input.LoadBalancer.TargetGroupName);
        Assert.Equal("search-alb", model.Input.LoadBalancer.LoadBalancerName);
        Assert.Equal(new WizardTag("service", "search"), model.Input.Tags[1]);
    }

    [Fact]
    public void Next_InvalidNameCorrected_ReDerivesTheTargetGroupNameAndTheServiceTag()
    {
        var model = Ready();
        model.Input.ServiceName = "peer api";
        Assert.False(model.Next());

        model.Input.ServiceName = "peer-api";
        Assert.True(model.Next());

        Assert.Equal("peer-api-tg", model.Input.LoadBalancer.TargetGroupName);
        Assert.Equal("peer-api-alb", model.Input.LoadBalancer.LoadBalancerName);
        Assert.Equal("peer-api", model.Input.Discovery.ServiceName);
        Assert.Equal(new WizardTag("service", "peer-api"), model.Input.Tags[1]);
    }

    [Fact]
    public void Next_NameEditedByHandThenServiceRenamed_KeepsTheOperatorsName()
    {
        var model = Ready();
        Assert.True(model.Next());
        model.Input.LoadBalancer.TargetGroupName = "search-web";
        model.Input.Tags[1] = new WizardTag("service", "search-team");
        model.Step = 0;

        model.Input.ServiceName = "finder";
        Assert.True(model.Next());

        Assert.Equal("search-web", model.Input.LoadBalancer.TargetGroupName);
        Assert.Equal("finder-alb", model.Input.LoadBalancer.LoadBalancerName);
        Assert.Equal(new WizardTag("service", "search-team"), model.Input.Tags[1]);
    }

    [Fact]
    public void Next_ContainerTakenFromTheTaskDefinition_StaysWhenTheServiceIsRenamed()
    {
        var model = Ready();
        Assert.True(model.Next());
        model.SetLoadBalancerContainer("search", 8080);
        model.Step = 0;

        model.Input.ServiceName = "finder";
        Assert.True(model.Next());

        Assert.Equal("search", model.Input.LoadBalancer.ContainerName);
        Assert.Equal(8080, model.Input.LoadBalancer.ContainerPort);
    }

    [Fact]
    public void Next_LoadBalancerStepWithBadPath_StaysWithTheFieldMarked()
    {
        var model = Ready();
        model.Step = 3;
        model.Input.LoadBalancer.Choice = LoadBalancerChoice.NewAlb;
        model.Input.LoadBalancer.HealthCheckPath = "health";

        Assert.False(model.Next());
        Assert.Contains("must start with '/'", model.ErrorFor("LoadBalancer.HealthCheckPath"), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildPlan_Ready_PlansTheServiceAndExportsIt()
    {
        var model = Ready();

        Assert.True(model.BuildPlan());

        Assert.Equal("ecs:CreateService", Assert.Single(model.Plan!.Calls).Action);
        Assert.Contains("aws ecs create-service", model.CliScript(), StringComparison.Ordinal);
        Assert.Equal("AWS::ECS::Service", JsonNode.Parse(model.CloudFormation())!["Resources"]!["Service"]!["Type"]!.GetValue<string>());
    }

    [Fact]
    public void Strategy_Canary_GetsBakeAndCanaryDefaultsThatValidate()
    {
        var model = Ready();
        model.Input.LoadBalancer.Choice = LoadBalancerChoice.NewAlb;
        model.Input.LoadBalancer.InfrastructureRoleArn = "arn:aws:iam::000000000000:role/ecs-infrastructure";

        model.Strategy = DeploymentStrategyKind.Canary;

        Assert.Equal(10, model.BakeTimeInMinutes);
        Assert.Equal(10, model.CanaryPercent);
        Assert.True(model.BuildPlan(), string.Join("; ", model.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void InputAsJson_RoundTrip_KeepsChoicesAndStrategy()
    {
        var model = Ready();
        model.Input.LoadBalancer.Choice = LoadBalancerChoice.NewAlb;
        model.Input.Discovery.Choice = DiscoveryChoice.NewNamespace;
        model.Input.Scaling.Enabled = true;
        model.Input.Scaling.Metric = ScalingMetric.Memory;
        model.Strategy = DeploymentStrategyKind.Linear;

        var copy = ServiceWizardModel.FromJson(model.InputAsJson());

        Assert.Equal(LoadBalancerChoice.NewAlb, copy.Input.LoadBalancer.Choice);
        Assert.Equal(DiscoveryChoice.NewNamespace, copy.Input.Discovery.Choice);
        Assert.Equal(ScalingMetric.Memory, copy.Input.Scaling.Metric);
        Assert.Equal(DeploymentStrategyKind.Linear, copy.Strategy);
        Assert.Equal(["subnet-05c4b2e8a7d610021", "subnet-05c4b2e8a7d610022"], copy.Input.Subnets);
        Assert.Contains("\"NewAlb\"", model.InputAsJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_Unreadable_StartsFresh()
    {
        Assert.Equal("", ServiceWizardModel.FromJson("{not json").Input.ServiceName);
    }
}
