using Bunit;
using Bunit.TestDoubles;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Web.Components.Pages;
using EcsConsole.Web.Tests.Support;

namespace EcsConsole.Web.Tests.Pages;

public sealed class ClustersPageTests : ConsoleComponentTest
{
    private readonly BunitAuthorizationContext _auth;

    public ClustersPageTests()
    {
        // The Create cluster button is for admins only.
        _auth = Context.AddAuthorization();
        _auth.SetAuthorized("olivia");
    }

    [Fact]
    public void Render_Admin_OffersCreateCluster()
    {
        _auth.SetPolicies(EcsConsole.Web.Security.ConsolePolicies.Admin);
        Monitor.PublishClusters(Samples.Cluster("prod"));

        var page = Context.Render<Clusters>();

        Assert.Equal("/wizards/cluster", page.Find("[data-testid=create-cluster]").GetAttribute("href"));
    }

    [Fact]
    public void Render_Viewer_HasNoCreateCluster()
    {
        Monitor.PublishClusters(Samples.Cluster("prod"));

        var page = Context.Render<Clusters>();

        Assert.Empty(page.FindAll("[data-testid=create-cluster]"));
    }

    [Fact]
    public void Render_MonitorSnapshot_ShowsOneRowPerCluster()
    {
        Monitor.PublishClusters(Samples.Cluster("staging", kind: Core.Fleet.ClusterKind.Fargate), Samples.Cluster("prod"));

        var page = Context.Render<Clusters>();

        Assert.Equal(["prod", "staging"], page.FindAll("[data-testid=cluster-link]").Select(a => a.TextContent));
        Assert.Contains("Fargate", page.Markup);
        Assert.Contains("EC2", page.Markup);
    }

    [Fact]
    public void Render_ClusterChangesAfterwards_RowShowsNewRunningCount()
    {
        Monitor.PublishClusters(Samples.Cluster("prod", running: 4));
        var page = Context.Render<Clusters>();

        Monitor.PublishClusters(Samples.Cluster("prod", running: 7));

        page.WaitForAssertion(() => Assert.Equal("7", page.Find("[data-testid=running-tasks]").TextContent.Trim()));
    }

    [Fact]
    public void Render_ClusterAddedAfterwards_NewRowAppears()
    {
        Monitor.PublishClusters(Samples.Cluster("prod"));
        var page = Context.Render<Clusters>();

        Monitor.PublishClusters(Samples.Cluster("prod"), Samples.Cluster("staging"));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=cluster-link]").Count));
    }

    [Fact]
    public void Render_MonitorReportsAwsError_ShowsAlertWithCodeMessageAndAdvice()
    {
        var page = Context.Render<Clusters>();

        Monitor.SetStatus(new MonitorStatus(null, new AwsProblem(
            "ListClusters", "ExpiredTokenException", "The security token included in the request is expired", "req-1", "Sign in again.")));

        page.WaitForAssertion(() =>
        {
            var alert = page.Find("[data-testid=aws-error]").TextContent;
            Assert.Contains("ListClusters failed", alert);
            Assert.Contains("ExpiredTokenException", alert);
            Assert.Contains("security token included in the request is expired", alert);
            Assert.Contains("Sign in again.", alert);
        });
    }

    [Fact]
    public void Render_RefreshedTenSecondsAgo_ShowsAge()
    {
        Monitor.SetStatus(new MonitorStatus(Time.GetUtcNow() - TimeSpan.FromSeconds(10), null));

        var page = Context.Render<Clusters>();

        Assert.Equal("updated 10s ago", page.Find("[data-testid=freshness]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=aws-error]"));
    }

    [Fact]
    public async Task Dispose_PageGoesAway_SubscriptionReleased()
    {
        var page = Context.Render<Clusters>();
        Assert.Equal(1, Monitor.ClusterSubscribers);

        await Context.DisposeComponentsAsync();

        Assert.Equal(0, Monitor.ClusterSubscribers);
    }
}
