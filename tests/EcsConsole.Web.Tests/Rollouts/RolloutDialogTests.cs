using Bunit;
using EcsConsole.Web.Components.Controls.Rollouts;
using EcsConsole.Web.Model.Rollouts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Web.Tests.Rollouts;

public sealed class RolloutDialogTests : RolloutComponentTest
{
    private const string Current = $"{RolloutSamples.Registry}/news:1.4.1";
    private const string Next = $"{RolloutSamples.Registry}/news:1.5.0";

    public RolloutDialogTests()
    {
        TaskDefinitions.Add("news", 6, $"{RolloutSamples.Registry}/news:1.4.0").Add("news", 7, Current);
        Images.ByImage[Current] = new ImageChoiceList("news", [new ImageChoice(Next, "1.5.0", RolloutSamples.At), new ImageChoice(Current, "1.4.1", RolloutSamples.At.AddDays(-1))]);
        Rollouts.Plan = RolloutSamples.ImagePlan();
    }

    private IRenderedComponent<MudBlazor.MudDialogProvider> OpenRollout(string action = "action-rollout")
    {
        RenderProviders();
        var actions = Context.Render<RolloutActions>(p => p.Add(c => c.ClusterName, "prod").Add(c => c.ServiceName, "news").Add(c => c.CurrentTaskDefinition, "news:7"));
        actions.Find($"[data-testid={action}]").Click();
        return Dialogs;
    }

    private void PickImage(string label)
    {
        Dialogs.WaitForElement("[data-testid=rollout-container] div.mud-input-control.mud-select").MouseDown();
        Popovers.WaitForElements(".mud-popover-open .mud-list-item").First(i => i.TextContent.Contains(label, StringComparison.Ordinal)).Click();
    }

    [Fact]
    public void Review_NewImagePicked_PlansOnlyThatImageAndShowsTheChange()
    {
        var dialog = OpenRollout();

        PickImage("1.5.0");
        dialog.WaitForAssertion(() => Assert.False(dialog.Find("[data-testid=rollout-review]").HasAttribute("disabled")));
        dialog.Find("[data-testid=rollout-review]").Click();

        dialog.WaitForAssertion(() => Assert.Equal([$"plan-images prod/news app={Next}"], Rollouts.Calls));
        dialog.WaitForAssertion(() => Assert.Contains("news:1.5.0", dialog.Find("[data-testid=image-change]").TextContent));
        Assert.Contains("news:7", dialog.Find("[data-testid=plan-summary]").TextContent);
        Assert.True(dialog.Find("[data-testid=rollout-start]").HasAttribute("disabled"));
    }

    [Fact]
    public void Start_WithNote_StartsThePlanAndOpensTheLiveDeployment()
    {
        var dialog = OpenRollout();
        PickImage("1.5.0");
        dialog.WaitForAssertion(() => Assert.False(dialog.Find("[data-testid=rollout-review]").HasAttribute("disabled")));
        dialog.Find("[data-testid=rollout-review]").Click();

        TypeNote("release 1.5.0");
        ClickWhenEnabled("rollout-start");

        dialog.WaitForAssertion(() => Assert.Equal("start Images note=release 1.5.0 confirm=", Rollouts.Calls[^1]));
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        dialog.WaitForAssertion(() => Assert.EndsWith("/clusters/prod/services/news/deployments/dep1", navigation.Uri));
    }

    private void ReviewAndStart(string note)
    {
        PickImage("1.5.0");
        Dialogs.WaitForAssertion(() => Assert.False(Dialogs.Find("[data-testid=rollout-review]").HasAttribute("disabled")));
        Dialogs.Find("[data-testid=rollout-review]").Click();
        TypeNote(note);
        ClickWhenEnabled("rollout-start");
    }

    [Fact]
    public void Start_EcsNamedNoServiceDeployment_OpensTheNewPrimaryByItsId()
    {
        Rollouts.StartedArn = null;
        Rollouts.StartedId = "ecs-svc/4471";
        var dialog = OpenRollout();

        ReviewAndStart("release 1.5.0");

        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        dialog.WaitForAssertion(() => Assert.EndsWith("/clusters/prod/services/news/deployments/4471", navigation.Uri));
    }

    [Fact]
    public void Start_NothingToFollow_ShowsWhyAndStaysOpen()
    {
        Rollouts.StartedArn = null;
        var dialog = OpenRollout();

        ReviewAndStart("release 1.5.0");

        dialog.WaitForAssertion(() => Assert.Contains(
            "Following the rollout failed: ECS accepted the change to prod/news but named no deployment to follow", dialog.Find("[data-testid=operation-problem]").TextContent));
        Assert.NotEmpty(dialog.FindAll("[data-testid=rollout-dialog]"));
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        Assert.DoesNotContain("/deployments/", navigation.Uri);
    }

    [Fact]
    public void Review_NothingPicked_IsDisabledAndSaysWhy()
    {
        var dialog = OpenRollout();

        dialog.WaitForAssertion(() => Assert.True(dialog.Find("[data-testid=rollout-review]").HasAttribute("disabled")));
        Assert.Equal("Pick a new image for at least one container.", dialog.Find("[data-testid=choice-problem]").TextContent.Trim());
    }

    [Fact]
    public void Review_PlanFails_ShowsAwsErrorAndStaysOnTheChoice()
    {
        Rollouts.Failure = new EcsConsole.Aws.AwsServiceException("ecs", "DescribeServices", "ServiceNotFoundException", "Service not found.", "req-2", System.Net.HttpStatusCode.BadRequest);
        var dialog = OpenRollout("action-force");

        dialog.WaitForAssertion(() => Assert.False(dialog.Find("[data-testid=rollout-review]").HasAttribute("disabled")));
        dialog.Find("[data-testid=rollout-review]").Click();

        dialog.WaitForAssertion(() => Assert.Contains("Planning the rollout failed (ServiceNotFoundException): Service not found.", dialog.Find("[data-testid=operation-problem]").TextContent));
        Assert.Contains("reload the service page", dialog.Find("[data-testid=operation-problem]").TextContent);
        Assert.Equal(["plan-force prod/news"], Rollouts.Calls);
    }

    [Fact]
    public void Render_Viewer_SeesRolloutActionsDisabled()
    {
        SignInAs("vera", operatorRole: false);
        RenderProviders();

        var actions = Context.Render<RolloutActions>(p => p.Add(c => c.ClusterName, "prod").Add(c => c.ServiceName, "news").Add(c => c.CurrentTaskDefinition, "news:7"));

        Assert.All(["action-rollout", "action-force", "action-rollback", "action-strategy"], id => Assert.True(actions.Find($"[data-testid={id}]").HasAttribute("disabled")));
        Assert.Equal("/clusters/prod/services/news/deployments", actions.Find("[data-testid=action-history]").GetAttribute("href"));
    }
}
