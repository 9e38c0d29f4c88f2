using Bunit;
using EcsConsole.Core.Fleet;
using EcsConsole.Web.Components.Pages;
using EcsConsole.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EcsConsole.Web.Tests.Pages;

public sealed class ServicesPageTests : ConsoleComponentTest
{
    private IRenderedComponent<Services> RenderAt(string uri)
    {
        Monitor.SetStatus(new MonitorStatus(Time.GetUtcNow(), null));
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        Context.Render<MudPopoverProvider>();
        return Context.Render<Services>();
    }

    private void PublishFleet()
    {
        Monitor.PublishClusters(Samples.Cluster("prod"), Samples.Cluster("staging", kind: ClusterKind.Fargate));
        Monitor.PublishServices("prod", Samples.Service("prod", "users"), Samples.Service("prod", "news", rollout: RolloutState.Failed));
        Monitor.PublishServices("staging", Samples.Service("staging", "users"));
    }

    private static IEnumerable<string> Names(IRenderedComponent<Services> page) =>
        page.FindAll("[data-testid=all-service-name]").Select(e => e.TextContent.Trim());

    [Fact]
    public void Render_NoQuery_ListsServicesOfEveryClusterLinkingTheirPages()
    {
        PublishFleet();

        var page = RenderAt("/services");

        Assert.Equal(["news", "users", "users"], Names(page));
        Assert.Equal("/clusters/prod/services/news", page.Find("[data-testid=all-service-name] a").GetAttribute("href"));
    }

    [Fact]
    public void Render_Rows_EachShowsACpuTrendFromOneBackgroundRead()
    {
        PublishFleet();

        var page = RenderAt("/services");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=cpu-trend]").Count));
        var read = Assert.Single(Metrics.Reads);
        Assert.True(read.Background);
        Assert.Equal(3, read.Requests.Count);
        Assert.All(read.Requests, r => Assert.Equal("CPUUtilization", r.MetricName));
    }

    [Fact]
    public void Render_QueryFiltersByClusterAndState_ShowsOnlyMatches()
    {
        PublishFleet();

        var page = RenderAt("/services?cluster=prod&state=failed");

        Assert.Equal(["news"], Names(page));
        Assert.Contains("1 of 3 services", page.Find("[data-testid=services-count]").TextContent);
    }

    [Fact]
    public void ClickSortHeader_Cluster_PutsTheSortInTheUrlAndReorders()
    {
        PublishFleet();
        var page = RenderAt("/services?sort=-cluster");
        Assert.Equal(["users", "news", "users"], Names(page));

        page.Find("[data-testid=sort-cluster]").Click();

        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        Assert.EndsWith("/services?sort=cluster", navigation.Uri);
    }

    [Fact]
    public void Render_ClusterAppearsLater_ItsServicesJoinTheList()
    {
        Monitor.PublishClusters(Samples.Cluster("prod"));
        Monitor.PublishServices("prod", Samples.Service("prod", "users"));
        var page = RenderAt("/services");

        Monitor.PublishServices("qa", Samples.Service("qa", "blog"));
        Monitor.PublishClusters(Samples.Cluster("prod"), Samples.Cluster("qa"));

        page.WaitForAssertion(() => Assert.Equal(["blog", "users"], Names(page)));
    }
}
