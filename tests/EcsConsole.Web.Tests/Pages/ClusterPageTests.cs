using Bunit;
using Bunit.TestDoubles;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Web.Components.Pages;
using EcsConsole.Web.Tests.Support;
using MudBlazor;

namespace EcsConsole.Web.Tests.Pages;

public sealed class ClusterPageTests : ConsoleComponentTest
{
    private readonly BunitAuthorizationContext _auth;

    public ClusterPageTests()
    {
        // The Create service button is for admins only.
        _auth = Context.AddAuthorization();
        _auth.SetAuthorized("olivia");
    }

    [Fact]
    public void Render_Admin_OffersCreateServiceOnThisCluster()
    {
        _auth.SetPolicies(EcsConsole.Web.Security.ConsolePolicies.Admin);
        Monitor.PublishClusters(Samples.Cluster("prod"));

        var page = RenderProd();

        Assert.Equal("/wizards/service?cluster=prod", page.Find("[data-testid=create-service]").GetAttribute("href"));
    }

    [Fact]
    public void Render_Viewer_HasNoCreateService()
    {
        Monitor.PublishClusters(Samples.Cluster("prod"));

        var page = RenderProd();

        Assert.Empty(page.FindAll("[data-testid=create-service]"));
    }

    private IRenderedComponent<Cluster> RenderProd()
    {
        // Rollout chips carry tooltips, which need a popover provider in the tree.
        Context.Render<MudPopoverProvider>();
        return Context.Render<Cluster>(p => p.Add(c => c.Name, "prod"));
    }

    [Fact]
    public void Render_MonitorSnapshot_ShowsSummaryAndServices()
    {
        Monitor.PublishClusters(Samples.Cluster("prod", running: 8), Samples.Cluster("staging"));
        Monitor.PublishServices("prod",
            Samples.Service("prod", "users"), Samples.Service("prod", "news"),
            Samples.Service("prod", "market", rollout: RolloutState.InProgress), Samples.Service("prod", "blog", rollout: RolloutState.Failed));

        var page = RenderProd();

        Assert.Equal("8", page.Find("[data-testid=cluster-running]").TextContent.Trim());
        Assert.Equal(["blog", "market", "news", "users"], page.FindAll("[data-testid=service-name]").Select(e => e.TextContent.Trim()));
        var rollouts = page.FindAll("[data-testid=service-rollout]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["failed", "in progress", "steady", "steady"], rollouts);
        Assert.Contains("users:3", page.Markup);
        Assert.Contains("1 needs attention", page.Find("[data-testid=attention]").TextContent);
    }

    [Fact]
    public void Render_ServiceRunningCountChanges_RowUpdates()
    {
        Monitor.PublishClusters(Samples.Cluster("prod"));
        Monitor.PublishServices("prod", Samples.Service("prod", "users", running: 2));
        var page = RenderProd();

        Monitor.PublishServices("prod", Samples.Service("prod", "users", running: 1));

        page.WaitForAssertion(() => Assert.Equal("1", page.Find("[data-testid=running]").TextContent.Trim()));
    }

    [Fact]
    public void Render_ClusterNotInFleetAfterPoll_ShowsNotFoundWarning()
    {
        Monitor.PublishClusters(Samples.Cluster("staging"));
        Monitor.SetStatus(new MonitorStatus(Time.GetUtcNow(), null));

        var page = RenderProd();

        Assert.Contains("was not found", page.Find("[data-testid=cluster-missing]").TextContent);
    }

    [Fact]
    public void Render_MonitorReportsError_ShowsAlert()
    {
        Monitor.PublishClusters(Samples.Cluster("prod"));
        var page = RenderProd();

        Monitor.SetStatus(new MonitorStatus(null, new AwsProblem("DescribeServices for cluster prod", "AccessDeniedException", "not authorized", null, "Add permissions.")));

        page.WaitForAssertion(() => Assert.Contains("DescribeServices for cluster prod failed", page.Find("[data-testid=aws-error]").TextContent));
    }
}
