using Bunit;
using Bunit.TestDoubles;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Web.Components.Pages;
using EcsConsole.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EcsConsole.Web.Tests.Pages;

public sealed class ServicePageTests : ConsoleComponentTest
{
    private readonly FakeInventoryMonitors _monitors = new();
    private readonly BunitAuthorizationContext _auth;

    public ServicePageTests()
    {
        Context.Services.AddSingleton<IInventoryMonitors>(_monitors);
        // The rollout actions are for operators and ask the production policy before opening a dialog.
        Context.Services.AddSingleton<EcsConsole.Core.Security.IProductionClusterPolicy>(new Rollouts.FakeProductionPolicy());
        _auth = Context.AddAuthorization();
        _auth.SetAuthorized("olivia");
        _auth.SetPolicies(EcsConsole.Web.Security.ConsolePolicies.Operator);
    }

    private IRenderedComponent<Service> RenderUsers()
    {
        // Chips and quick actions carry tooltips, which need a popover provider in the tree.
        Context.Render<MudPopoverProvider>();
        return Context.Render<Service>(p => p.Add(c => c.ClusterName, "prod").Add(c => c.ServiceName, "users"));
    }

    [Fact]
    public void Render_MonitorSnapshot_ShowsRunningAndStoppedTasksWithStopCodeReasonAndExitCode()
    {
        _monitors.Service.Publish(InventorySamples.Detail(), [], [
            InventorySamples.Task("running1", "RUNNING"),
            InventorySamples.Task("stopped1", "STOPPED", InventorySamples.At, "EssentialContainerExited", "Essential container in task exited", exitCode: 137),
        ]);

        var page = RenderUsers();

        Assert.Equal(["running1"], page.FindAll("[data-testid=active-tasks] [data-testid=task-id] a").Select(a => a.TextContent.Trim()));
        var stopped = page.Find("[data-testid=stopped-tasks]");
        Assert.Contains("EssentialContainerExited", stopped.QuerySelector("[data-testid=task-stop-reason]")!.TextContent);
        Assert.Contains("Essential container in task exited", stopped.TextContent);
        Assert.Equal("users=137", stopped.QuerySelector("[data-testid=task-exit-codes]")!.TextContent.Trim());
        Assert.Equal("/clusters/prod/tasks/running1", page.Find("[data-testid=active-tasks] [data-testid=task-id] a").GetAttribute("href"));
    }

    [Fact]
    public void Render_Service_ChartsCpuAndMemoryWithDeploymentMarkers()
    {
        _monitors.Service.Publish(InventorySamples.Detail(), [], []);

        var page = RenderUsers();

        page.WaitForAssertion(() => Assert.Equal(["CPU", "Memory", "Tasks and deployments"], page.FindAll("[data-testid=metrics-chart]").Select(c => c.GetAttribute("data-metric"))));
        Assert.Equal("6", page.Find("[data-testid=metrics-chart][data-metric=CPU]").GetAttribute("data-points"));
        Assert.Equal(MetricRangeKeys("1h"), Metrics.Reads.Select(r => r.Range.Key).Distinct());
        Assert.All(Metrics.Reads, r => Assert.False(r.Background));
    }

    [Fact]
    public void Render_ChooseSevenDays_ReadsTheWeek()
    {
        _monitors.Service.Publish(InventorySamples.Detail(), [], []);
        var page = RenderUsers();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=metrics-chart]")));

        page.Find("[data-testid=metrics-range-7d]").Click();

        page.WaitForAssertion(() => Assert.Contains(Metrics.Reads, r => r.Range.Key == "7d"));
    }

    [Fact]
    public void Render_MetricsUnreadable_SaysWhatFailedAndKeepsThePage()
    {
        Metrics.Failure = new EcsConsole.Aws.AwsServiceException("CloudWatch", "GetMetricData", "AccessDenied", "not authorized to perform cloudwatch:GetMetricData", "r-1", System.Net.HttpStatusCode.Forbidden);
        _monitors.Service.Publish(InventorySamples.Detail(), [], [InventorySamples.Task("running1", "RUNNING")]);

        var page = RenderUsers();

        page.WaitForAssertion(() => Assert.Contains("AccessDenied", page.Find("[data-testid=metrics-problem]").TextContent));
        Assert.NotEmpty(page.FindAll("[data-testid=active-tasks]"));
    }

    private static string[] MetricRangeKeys(params string[] keys) => keys;

    [Fact]
    public void Render_TaskStopsWhileWatched_MovesToStopped()
    {
        _monitors.Service.Publish(InventorySamples.Detail(), [], [InventorySamples.Task("t1", "RUNNING")]);
        var page = RenderUsers();

        _monitors.Service.Publish(InventorySamples.Detail(), [], [InventorySamples.Task("t1", "STOPPED", InventorySamples.At, "UserInitiated", "Task stopped by user")]);

        page.WaitForAssertion(() => Assert.Contains("Task stopped by user", page.Find("[data-testid=stopped-tasks]").TextContent));
        Assert.Contains("No task runs right now.", page.Find("[data-testid=active-tasks]").TextContent);
    }

    [Fact]
    public void Render_ArchivedStoppedTask_IsMarkedArchived()
    {
        _monitors.Service.Publish(InventorySamples.Detail(), [], [
            InventorySamples.Task("old1", "STOPPED", InventorySamples.At.AddHours(-2), "TaskFailedToStart", "CannotPullContainerError", source: TaskSource.Archive),
        ]);

        var page = RenderUsers();

        Assert.Contains("archived", page.Find("[data-testid=stopped-tasks]").TextContent);
        Assert.Contains("ECS forgets stopped tasks", page.Markup);
    }

    [Fact]
    public void Render_QuickActions_RolloutAndScaleActionsEnabledForAnOperator()
    {
        _monitors.Service.Publish(InventorySamples.Detail(), [], []);

        var page = RenderUsers();

        Assert.All(["action-rollout", "action-force", "action-rollback", "action-strategy", "action-scale"],
            id => Assert.False(page.Find($"[data-testid=quick-actions] [data-testid={id}]").HasAttribute("disabled")));
        Assert.Equal("/clusters/prod/services/users/deployments", page.Find("[data-testid=action-history]").GetAttribute("href"));
    }

    [Fact]
    public void Render_PollFails_ShowsTheProblemForPeople()
    {
        var page = RenderUsers();

        _monitors.Service.SetStatus(new MonitorStatus(null, new AwsProblem("DescribeServices for prod/users", "AccessDeniedException", "not authorized", "req-1", "Add permissions.")));

        page.WaitForAssertion(() => Assert.Contains("DescribeServices for prod/users failed", page.Find("[data-testid=polled-error]").TextContent));
    }

    [Fact]
    public void Render_TasksCouldNotBeRead_ShowsTheServiceEnablesItsActionsAndMarksOnlyTheTasks()
    {
        var detail = InventorySamples.Detail();
        var problem = new SectionProblem(SectionProblem.Tasks,
            "DescribeTasks in cluster prod failed: The JSON value could not be converted to System.String. Path: $.tasks[0].containers[0].cpu.");
        _monitors.Service.Publish(detail with { Configuration = detail.Configuration with { Problems = new([problem]) } }, [], []);

        var page = RenderUsers();

        Assert.Contains("Tasks could not be read", page.Find("[data-testid=service-tabs] [data-testid=section-problem]").TextContent);
        Assert.DoesNotContain("No task runs right now.", page.Find("[data-testid=active-tasks]").TextContent);
        Assert.DoesNotContain("No stopped tasks known.", page.Find("[data-testid=stopped-tasks]").TextContent);
        Assert.All(["action-rollout", "action-force", "action-rollback"],
            id => Assert.False(page.Find($"[data-testid=quick-actions] [data-testid={id}]").HasAttribute("disabled")));
        Assert.Contains("3", page.Find("[data-testid=service-counts]").TextContent);
    }

    [Fact]
    public void Render_ServiceNotReadYet_RolloutActionsDisabledAndSayWhy()
    {
        var page = RenderUsers();

        Assert.All(["action-rollout", "action-force", "action-rollback"], id =>
        {
            Assert.True(page.Find($"[data-testid={id}]").HasAttribute("disabled"));
            Assert.Contains("has not been read yet", page.Find($"[data-testid={id}-why]").GetAttribute("title"));
        });
    }

    [Fact]
    public void Render_Viewer_EveryChangeActionSaysOnlyOperatorsMayChange()
    {
        _auth.SetAuthorized("victor");
        _auth.SetPolicies();
        _monitors.Service.Publish(InventorySamples.Detail(), [], []);

        var page = RenderUsers();

        Assert.All(["action-rollout", "action-force", "action-rollback", "action-strategy"], id =>
        {
            Assert.True(page.Find($"[data-testid={id}]").HasAttribute("disabled"));
            Assert.StartsWith("Viewer role", page.Find($"[data-testid={id}-why]").GetAttribute("title"));
        });
    }

    [Fact]
    public async Task Dispose_PageClosed_ReleasesItsMonitorLease()
    {
        RenderUsers();
        Assert.Equal(1, _monitors.OpenLeases);

        await Context.DisposeComponentsAsync();

        Assert.Equal(0, _monitors.OpenLeases);
    }

    [Fact]
    public async Task Render_RouteMovesToAnotherService_ReleasesTheFirstLeaseAndTakesANewOne()
    {
        var page = RenderUsers();

        page.Render(p => p.Add(c => c.ServiceName, "news"));

        Assert.Equal(["prod/users", "prod/news"], _monitors.Watched);
        // The replaced view releases its lease in its asynchronous disposal, which renders nothing to wait on.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_monitors.OpenLeases != 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        Assert.Equal(1, _monitors.OpenLeases);
    }
}
