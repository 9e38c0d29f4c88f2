using Bunit;
using EcsConsole.Core.Rollouts.CodeDeploy;
using EcsConsole.Web.Components.Controls.Rollouts;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Web.Tests.Rollouts.CodeDeploy;

public sealed class CodeDeployDeploymentsTests : RolloutComponentTest
{
    private const string Current = "arn:aws:ecs:eu-west-1:000000000000:task-definition/legacy-web:3";
    private readonly FakeCodeDeployRollouts _codeDeploy = new();

    public CodeDeployDeploymentsTests()
    {
        Context.Services.AddSingleton<ICodeDeployRollouts>(_codeDeploy);
    }

    private IRenderedComponent<CodeDeployDeployments> Render()
    {
        RenderProviders();
        return Context.Render<CodeDeployDeployments>(p => p
            .Add(c => c.ClusterName, "staging")
            .Add(c => c.ServiceName, "legacy-web")
            .Add(c => c.CurrentTaskDefinitionArn, Current));
    }

    [Fact]
    public void Render_Deployments_ListsIdStatusErrorAndRevision()
    {
        _codeDeploy.Deployments.Add(new CodeDeployDeployment("d-2", "Failed", RolloutSamples.At, RolloutSamples.At.AddMinutes(3), Current, "try 3", "user", "ECS_UPDATE_ERROR: tasks failed"));
        _codeDeploy.Deployments.Add(new CodeDeployDeployment("d-1", "Succeeded", RolloutSamples.At.AddHours(-1), null, null, null, "user", null));

        var view = Render();

        view.WaitForAssertion(() => Assert.Equal(2, view.FindAll("[data-testid=codedeploy-deployment]").Count));
        var rows = view.FindAll("[data-testid=codedeploy-deployment]");
        Assert.Contains("d-2", rows[0].TextContent);
        Assert.Contains("ECS_UPDATE_ERROR: tasks failed", rows[0].TextContent);
        Assert.Contains("legacy-web:3", rows[0].TextContent);
        Assert.Contains("(AppSpec not JSON)", rows[1].TextContent);
        Assert.Contains("AppECS-staging-legacy-web / DgpECS-staging-legacy-web", view.Find("[data-testid=codedeploy-target]").TextContent);
    }

    [Fact]
    public void Render_NoDeploymentGroup_SaysWhereItLookedAndOffersNoDeploy()
    {
        _codeDeploy.Target = null;

        var view = Render();

        view.WaitForAssertion(() => Assert.Contains("AppECS-staging-legacy-web", view.Find("[data-testid=codedeploy-no-group]").TextContent));
        Assert.Empty(view.FindAll("[data-testid=codedeploy-deploy]"));
    }

    [Fact]
    public void Render_Viewer_ListsDeploymentsButOffersNoDeploy()
    {
        SignInAs("vera", operatorRole: false);
        _codeDeploy.Deployments.Add(new CodeDeployDeployment("d-1", "Succeeded", RolloutSamples.At, null, null, null, "user", null));

        var view = Render();

        view.WaitForAssertion(() => Assert.Single(view.FindAll("[data-testid=codedeploy-deployment]")));
        Assert.Empty(view.FindAll("[data-testid=codedeploy-deploy]"));
        Assert.Single(view.FindAll("[data-testid=codedeploy-refresh]"));
    }

    [Fact]
    public void Deploy_RevisionAndNote_ShowsAppSpecStartsAndReadsAgain()
    {
        var view = Render();

        view.WaitForElement("[data-testid=codedeploy-deploy]").Click();
        Dialogs.WaitForAssertion(() => Assert.Contains(Current, Dialogs.Find("[data-testid=codedeploy-appspec]").TextContent));
        Assert.Contains("AWS::ECS::Service", Dialogs.Find("[data-testid=codedeploy-appspec]").TextContent);
        TypeNote("ship 3 via CodeDeploy");
        ClickWhenEnabled("codedeploy-start");

        view.WaitForAssertion(() => Assert.Contains("d-NEW1", view.Markup));
        var (revision, note) = Assert.Single(_codeDeploy.Started);
        Assert.Equal(new CodeDeployRevision(Current, "legacy-web", 80), revision);
        Assert.Equal("ship 3 via CodeDeploy", note);
        Assert.Equal(2, _codeDeploy.Reads);
    }
}
