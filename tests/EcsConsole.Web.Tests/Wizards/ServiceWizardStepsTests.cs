using Amazon.Runtime;
using Bunit;
using EcsConsole.Aws;
using EcsConsole.Core.Monitoring;
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
