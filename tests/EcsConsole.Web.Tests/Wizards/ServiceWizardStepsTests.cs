using Amazon.Runtime;
using Bunit;
using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Wizards.Services;
using EcsConsole.Web.Components.Pages.Wizards;
using EcsConsole.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Web.Tests.Wizards;

public sealed class ServiceWizardStepsTests : ConsoleComponentTest
{
    public ServiceWizardStepsTests()
    {
        Context.Services.AddSingleton(new LatestFleetSnapshot(new AwsConnection(
            new AwsConnectionSettings("eu-west-1", null, "http://127.0.0.1:1", new BasicAWSCredentials("k", "s"), "test"))));
    }

    [Fact]
    public void Render_NewLoadBalancer_ShowsItsNameTargetGroupAndHealthCheck()
    {
        var model = ServiceWizardModelTests.Ready();
        model.Next();
        model.Step = 3;
        model.Input.LoadBalancer.Choice = LoadBalancerChoice.NewAlb;

        var steps = Context.Render<ServiceWizardSettingsSteps>(p => p.Add(s => s.Model, model));

        Assert.Contains("search-alb", steps.Find("input[data-testid=svc-lb-name]").GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains("search-tg", steps.Find("input[data-testid=svc-tg-name]").GetAttribute("value"), StringComparison.Ordinal);
        Assert.NotEmpty(steps.FindAll("[data-testid=svc-hc-path]"));
    }

    [Fact]
    public void Render_NetworkStepAfterBadSubnet_ShowsWhatToFix()
    {
        var model = ServiceWizardModelTests.Ready();
        model.Step = 2;
        model.SubnetsText = "subnet-nothex";
        model.Next();

        var steps = Context.Render<ServiceWizardSettingsSteps>(p => p.Add(s => s.Model, model));

        Assert.Contains("is not a subnet id", steps.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NetworkRead_OffersTheVpcsSubnetsAndGroupsAndStillTheTypedFields()
    {
        var model = ServiceWizardNetworkModelTests.OnNetworkStep();

        var steps = Context.Render<ServiceWizardSettingsSteps>(p => p.Add(s => s.Model, model));

        Assert.NotEmpty(steps.FindAll("[data-testid=svc-vpc]"));
        Assert.NotEmpty(steps.FindAll("[data-testid=svc-subnet-picker]"));
        Assert.NotEmpty(steps.FindAll("[data-testid=svc-security-group-picker]"));
        Assert.Contains("subnet-05c4b2e8a7d610021, subnet-05c4b2e8a7d610022", steps.Find("input[data-testid=svc-subnets]").GetAttribute("value"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NetworkReadFailed_NamesTheCallOffersRetryAndKeepsTheTypedField()
    {
        var model = ServiceWizardModelTests.Ready();
        model.Step = 2;
        model.SetReadProblem(ServiceWizardModel.SubnetsRead, "EC2 DescribeSubnets failed: UnauthorizedOperation: You are not authorized.");
        var retried = new List<string>();

        var steps = Context.Render<ServiceWizardSettingsSteps>(p => p
            .Add(s => s.Model, model)
            .Add(s => s.OnRetry, read => retried.Add(read)));
        steps.Find("[data-testid=svc-network-retry]").Click();

        Assert.Contains("EC2 DescribeSubnets failed", steps.Find("[data-testid=svc-network-problem]").TextContent, StringComparison.Ordinal);
        Assert.Empty(steps.FindAll("[data-testid=svc-subnet-picker]"));
        Assert.NotEmpty(steps.FindAll("input[data-testid=svc-subnets]"));
        Assert.Equal([ServiceWizardModel.SubnetsRead], retried);
    }

    [Fact]
    public void Render_TypedSubnetNotInTheVpc_MarksTheSubnetsField()
    {
        var model = ServiceWizardNetworkModelTests.OnNetworkStep();
        model.SubnetsText = "subnet-0abc1234";
        model.Next();

        var steps = Context.Render<ServiceWizardSettingsSteps>(p => p.Add(s => s.Model, model));

        Assert.Contains("subnet-0abc1234 does not exist in vpc-0c1d2e3f4a5b60001; pick one from the list.", steps.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ScalingOn_ShowsRangeMetricAndTarget()
    {
        var model = ServiceWizardModelTests.Ready();
        model.Step = 5;
        model.Input.Scaling.Enabled = true;

        var steps = Context.Render<ServiceWizardSettingsSteps>(p => p.Add(s => s.Model, model));

        Assert.NotEmpty(steps.FindAll("[data-testid=svc-scaling-max]"));
        Assert.NotEmpty(steps.FindAll("[data-testid=svc-scaling-target]"));
    }
}
