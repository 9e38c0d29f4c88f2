using Bunit;
using EcsConsole.Core.Rollouts;
using EcsConsole.Web.Components.Controls.Rollouts;

namespace EcsConsole.Web.Tests.Rollouts;

public sealed class StrategyEditorDialogTests : RolloutComponentTest
{
    private IRenderedComponent<MudBlazor.MudDialogProvider> OpenEditor()
    {
        RenderProviders();
        var actions = Context.Render<RolloutActions>(p => p.Add(c => c.ClusterName, "prod").Add(c => c.ServiceName, "news").Add(c => c.CurrentTaskDefinition, "news:7"));
        actions.Find("[data-testid=action-strategy]").Click();
        return Dialogs;
    }

    [Fact]
    public void Save_ServiceLayerFindsProblems_ListsThemAndSaysNothingWasSent()
    {
        Rollouts.Failure = new RolloutValidationException(["Maximum percent must be between 100 and 200.", "Minimum healthy percent must be at most maximum percent."]);
        var dialog = OpenEditor();

        TypeNote("faster deploys");
        ClickWhenEnabled("strategy-save");

        dialog.WaitForAssertion(() => Assert.Contains("Maximum percent must be between 100 and 200.", dialog.Find("[data-testid=strategy-validation]").TextContent));
        Assert.Contains("Nothing was sent", dialog.Find("[data-testid=strategy-validation]").TextContent);
    }

    [Fact]
    public void Save_AddedPauseHookOnCanary_SendsCanaryWithThePauseHook()
    {
        Rollouts.Strategy = new ServiceStrategy("prod", "news", "ECS", new DeploymentStrategySettings
        {
            Strategy = DeploymentStrategyKind.Canary,
            Canary = new CanarySettings(10, 1),
            BakeTimeInMinutes = 1,
        });
        var dialog = OpenEditor();

        dialog.WaitForElement("[data-testid=add-hook]").Click();
        TypeNote("gate canary");
        ClickWhenEnabled("strategy-save");

        dialog.WaitForAssertion(() => Assert.Equal(["strategy Canary note=gate canary"], Rollouts.Calls));
        var hook = Assert.Single(Rollouts.SavedStrategy!.LifecycleHooks);
        Assert.Equal(LifecycleHookKind.Pause, hook.Kind);
        Assert.Equal(["POST_TEST_TRAFFIC_SHIFT"], hook.Stages);
    }

    [Fact]
    public void Render_CodeDeployService_SaysTheSettingsDoNotApply()
    {
        Rollouts.Strategy = new ServiceStrategy("prod", "news", "CODE_DEPLOY", new DeploymentStrategySettings());

        var dialog = OpenEditor();

        dialog.WaitForAssertion(() => Assert.Contains("CODE_DEPLOY", dialog.Find("[data-testid=strategy-controller]").TextContent));
        Assert.Empty(dialog.FindAll("[data-testid=strategy-save]"));
    }

    [Fact]
    public void Render_MaximumPercentOutOfRange_ShowsTheProblemAsTypedAndKeepsSaveOff()
    {
        var dialog = OpenEditor();
        TypeNote("faster deploys");

        dialog.WaitForElement("input[data-testid=max-percent]").Change("300");

        dialog.WaitForAssertion(() => Assert.Contains("Maximum percent must be between 100 and 200 (it is 300).", dialog.Find("[data-testid=strategy-live-validation]").TextContent));
        Assert.True(dialog.Find("[data-testid=strategy-save]").HasAttribute("disabled"));
        Assert.Empty(Rollouts.Calls);
    }
}
