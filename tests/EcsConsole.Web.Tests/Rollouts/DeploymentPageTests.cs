using Bunit;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Core.Rollouts;
using EcsConsole.Web.Components.Pages;

namespace EcsConsole.Web.Tests.Rollouts;

public sealed class DeploymentPageTests : RolloutComponentTest
{
    public DeploymentPageTests()
    {
        Watcher.InProgress.Add(RolloutSamples.DeploymentArn);
    }

    private IRenderedComponent<Deployment> RenderDep1()
    {
        RenderProviders();
        return Context.Render<Deployment>(p => p.Add(c => c.ClusterName, "prod").Add(c => c.ServiceName, "news").Add(c => c.DeploymentId, "dep1"));
    }

    [Fact]
    public void Render_RollingInProgress_ShowsStepsRevisionsAndBreaker()
    {
        Watcher.Monitor.Publish(RolloutSamples.Progress(), new ServiceEventEntry("e1", RolloutSamples.At, "(service news) has started 1 tasks: (task abc)."));

        var page = RenderDep1();

        page.WaitForAssertion(() => Assert.Equal("in progress", page.Find("[data-testid=outcome-chip]").TextContent.Trim().ToLowerInvariant()));
        Assert.Equal(["done", "done", "current", "pending", "pending", "pending", "pending"], page.FindAll("[data-testid=stage-step]").Select(s => s.GetAttribute("data-state")));
        Assert.Contains("news:8", page.Find("[data-testid=revision-target]").TextContent);
        Assert.Equal("1 / 3", page.Find("[data-testid=circuit-breaker-failures]").TextContent.Trim());
        Assert.Contains("has started 1 tasks", page.Find("[data-testid=deployment-events]").TextContent);
        Assert.Equal(RolloutSamples.DeploymentArn, Watcher.Monitor.DeploymentArn);
    }

    [Fact]
    public void Render_BakeTime_CountsDownEverySecondOnTheClock()
    {
        Watcher.Monitor.Publish(RolloutSamples.Progress(DeploymentStrategyKind.BlueGreen, "BAKE_TIME", bake: TimeSpan.FromMinutes(2), production: 100));
        var page = RenderDep1();
        page.WaitForAssertion(() => Assert.Equal("2:00", page.Find("[data-testid=bake-remaining]").TextContent.Trim()));

        Time.Advance(TimeSpan.FromSeconds(5));

        page.WaitForAssertion(() => Assert.Equal("1:55", page.Find("[data-testid=bake-remaining]").TextContent.Trim()));
        Assert.Contains("100% on target", page.Find("[data-testid=production-traffic]").TextContent);
    }

    [Fact]
    public void Approve_PauseHookWaiting_ContinuesThatHookAfterConfirming()
    {
        Watcher.Monitor.Publish(RolloutSamples.Progress(DeploymentStrategyKind.Canary, "POST_TEST_TRAFFIC_SHIFT", hook: new PendingHook("hook-7", "POST_TEST_TRAFFIC_SHIFT", "PAUSE", null, "ROLLBACK")));
        var page = RenderDep1();

        page.WaitForElement("[data-testid=hook-approve]").Click();
        ClickWhenEnabled("confirm-change");

        page.WaitForAssertion(() => Assert.Equal(["approve hook-7 note= confirm="], Rollouts.Calls));
    }

    [Fact]
    public void Approve_ProductionCluster_StaysDisabledUntilTheServiceNameIsTyped()
    {
        Production.Production.Add("prod");
        Watcher.Monitor.Publish(RolloutSamples.Progress(DeploymentStrategyKind.Canary, "POST_TEST_TRAFFIC_SHIFT", hook: new PendingHook("hook-7", "POST_TEST_TRAFFIC_SHIFT", "PAUSE", null, null)));
        var page = RenderDep1();
        page.WaitForElement("[data-testid=hook-approve]").Click();

        Dialogs.WaitForAssertion(() => Assert.True(Dialogs.Find("[data-testid=confirm-change]").HasAttribute("disabled")));
        Dialogs.Find("input[data-testid=change-confirmation]").Input("news");

        ClickWhenEnabled("confirm-change");
        page.WaitForAssertion(() => Assert.Equal(["approve hook-7 note= confirm=news"], Rollouts.Calls));
    }

    [Fact]
    public void Stop_RollbackChosen_StopsWithRollbackAndTheNote()
    {
        Watcher.Monitor.Publish(RolloutSamples.Progress(DeploymentStrategyKind.BlueGreen, "PRODUCTION_TRAFFIC_SHIFT", production: 40));
        var page = RenderDep1();

        page.WaitForElement("[data-testid=deployment-stop]").Click();
        TypeNote("error rate up on green");
        ClickWhenEnabled("stop-confirm");

        page.WaitForAssertion(() => Assert.Equal(["stop Rollback note=error rate up on green confirm="], Rollouts.Calls));
    }

    [Fact]
    public void Stop_ServiceLayerRefuses_ShowsTheRefusalInTheDialog()
    {
        Rollouts.Failure = new EcsConsole.Core.Security.OperationDeniedException(EcsConsole.Core.Security.MutatingOperation.DeploymentStop, "Only operators may stop deployments.");
        Watcher.Monitor.Publish(RolloutSamples.Progress());
        var page = RenderDep1();

        page.WaitForElement("[data-testid=deployment-stop]").Click();
        TypeNote("stop");
        ClickWhenEnabled("stop-confirm");

        Dialogs.WaitForAssertion(() => Assert.Contains("Stopping the deployment failed: Only operators may stop deployments.", Dialogs.Find("[data-testid=operation-problem]").TextContent));
    }

    [Fact]
    public void Render_Viewer_SeesApproveAndStopDisabled()
    {
        SignInAs("vera", operatorRole: false);
        Watcher.Monitor.Publish(RolloutSamples.Progress(hook: new PendingHook("hook-7", "POST_SCALE_UP", "PAUSE", null, null)));

        var page = RenderDep1();

        page.WaitForAssertion(() => Assert.True(page.Find("[data-testid=hook-approve]").HasAttribute("disabled")));
        Assert.True(page.Find("[data-testid=hook-rollback]").HasAttribute("disabled"));
        Assert.True(page.Find("[data-testid=deployment-stop]").HasAttribute("disabled"));
    }

    [Fact]
    public void Render_CircuitBreakerRolledBack_SaysRolledBackAndWhy()
    {
        Watcher.Monitor.Publish(RolloutSamples.Progress(outcome: DeploymentOutcome.RolledBack, status: "ROLLBACK_SUCCESSFUL",
            breaker: new CircuitBreakerProgress("TRIGGERED", 3, 3)) with
        { RollbackReason = "Circuit breaker: 3 tasks failed to start" });

        var page = RenderDep1();

        page.WaitForAssertion(() => Assert.Equal("Rolled back", page.Find("[data-testid=outcome-chip]").TextContent.Trim()));
        Assert.Contains("Circuit breaker: 3 tasks failed to start", page.Find("[data-testid=rollback-reason]").TextContent);
        Assert.Contains("tripped", page.Find("[data-testid=circuit-breaker]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=deployment-stop]"));
    }

    [Fact]
    public void Render_UnknownId_SaysEcsDoesNotKnowIt()
    {
        RenderProviders();

        var page = Context.Render<Deployment>(p => p.Add(c => c.ClusterName, "prod").Add(c => c.ServiceName, "news").Add(c => c.DeploymentId, "nope"));

        page.WaitForAssertion(() => Assert.Contains("ECS knows no deployment nope", page.Find("[data-testid=deployment-not-found]").TextContent));
        Assert.Equal(0, Watcher.OpenLeases);
    }

    [Fact]
    public void Render_PollFails_ShowsTheProblemForPeople()
    {
        var page = RenderDep1();
        page.WaitForElement("[data-testid=polled-freshness]");

        Watcher.Monitor.SetStatus(new MonitorStatus(null, new AwsProblem("DescribeServiceDeployments for prod/news", "AccessDeniedException", "not authorized", "req-1", "Add permissions.")));

        page.WaitForAssertion(() => Assert.Contains("DescribeServiceDeployments for prod/news failed", page.Find("[data-testid=polled-error]").TextContent));
    }

    [Fact]
    public void Render_DerivedDeploymentById_IsLabelledAndOffersNoStop()
    {
        Watcher.InProgress.Clear();
        Watcher.InProgress.Add("ecs-svc/4471");
        Watcher.Monitor.Publish(RolloutSamples.Progress() with
        {
            DeploymentArn = "ecs-svc/4471",
            Status = "PRIMARY IN_PROGRESS",
            DerivedReason = "ECS named no service deployment for it, so it is followed by its deployment id",
        });
        RenderProviders();

        var page = Context.Render<Deployment>(p => p.Add(c => c.ClusterName, "prod").Add(c => c.ServiceName, "news").Add(c => c.DeploymentId, "4471"));

        page.WaitForAssertion(() => Assert.Contains("this view is derived from the service's deployments", page.Find("[data-testid=derived-note]").TextContent));
        Assert.Equal("ecs-svc/4471", Watcher.Monitor.DeploymentArn);
        Assert.Empty(page.FindAll("[data-testid=deployment-stop]"));
    }

    [Fact]
    public void Render_DeploymentIdOnlyInTheDerivedHistory_FindsItThere()
    {
        Watcher.InProgress.Clear();
        History.DerivedReason = "this endpoint does not offer ListServiceDeployments";
        History.Entries.Add(new DeploymentHistoryEntry { DeploymentArn = "ecs-svc/300", Status = "PRIMARY COMPLETED", Outcome = DeploymentOutcome.Succeeded });
        Watcher.Monitor.Publish(RolloutSamples.Progress(outcome: DeploymentOutcome.Succeeded) with { DeploymentArn = "ecs-svc/300", DerivedReason = "this endpoint does not offer ListServiceDeployments" });
        RenderProviders();

        var page = Context.Render<Deployment>(p => p.Add(c => c.ClusterName, "prod").Add(c => c.ServiceName, "news").Add(c => c.DeploymentId, "300"));

        page.WaitForAssertion(() => Assert.Equal("ecs-svc/300", Watcher.Monitor.DeploymentArn));
        Assert.Empty(page.FindAll("[data-testid=deployment-not-found]"));
    }

    [Fact]
    public async Task Dispose_PageClosed_ReleasesTheMonitorLease()
    {
        var page = RenderDep1();
        page.WaitForAssertion(() => Assert.Equal(1, Watcher.OpenLeases));

        await Context.DisposeComponentsAsync();

        Assert.Equal(0, Watcher.OpenLeases);
    }
}
