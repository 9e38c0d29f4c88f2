using Bunit;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Web.Components.Controls;
using EcsConsole.Web.Tests.Support;

namespace EcsConsole.Web.Tests.Controls;

public sealed class DegradedBannerTests : ConsoleComponentTest
{
    [Fact]
    public void Render_DegradedPollThenCleanPoll_BannerAppearsThenClears()
    {
        var alert = Context.Render<MonitorAlert>();
        Assert.Empty(alert.FindAll("[data-testid=aws-degraded]"));

        Monitor.SetStatus(new MonitorStatus(Time.GetUtcNow(), null) { Degraded = true });
        alert.WaitForAssertion(() => Assert.Contains("AWS is degraded", alert.Find("[data-testid=aws-degraded]").TextContent));

        Monitor.SetStatus(new MonitorStatus(Time.GetUtcNow(), null));
        alert.WaitForAssertion(() => Assert.Empty(alert.FindAll("[data-testid=aws-degraded]")));
    }

    [Fact]
    public void Render_DegradedAndFailed_ShowsBannerBesideTheError()
    {
        Monitor.SetStatus(new MonitorStatus(Time.GetUtcNow(), new AwsProblem("ListClusters", "ThrottlingException", "Rate exceeded", null, "Wait.")) { Degraded = true });

        var alert = Context.Render<MonitorAlert>();

        Assert.Single(alert.FindAll("[data-testid=aws-degraded]"));
        Assert.Contains("last successful poll", alert.Find("[data-testid=aws-error]").TextContent);
    }
}
