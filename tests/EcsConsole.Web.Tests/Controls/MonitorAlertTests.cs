using Bunit;
using EcsConsole.Core.Monitoring;
using EcsConsole.Web.Components.Controls;
using EcsConsole.Web.Tests.Support;

namespace EcsConsole.Web.Tests.Controls;

public sealed class MonitorAlertTests : ConsoleComponentTest
{
    private static readonly AwsProblem Throttled = new("ListClusters", "ThrottlingException", "Rate exceeded", "req-9", "Wait.");

    [Fact]
    public void Render_ErrorClearedByNextPoll_AlertDisappears()
    {
        Monitor.SetStatus(new MonitorStatus(null, Throttled));
        var alert = Context.Render<MonitorAlert>();
        Assert.Single(alert.FindAll("[data-testid=aws-error]"));

        Monitor.SetStatus(new MonitorStatus(Time.GetUtcNow(), null));

        alert.WaitForAssertion(() => Assert.Empty(alert.FindAll("[data-testid=aws-error]")));
    }

    [Fact]
    public void Render_ErrorAfterEarlierSuccess_SaysDataIsFromLastGoodPoll()
    {
        Monitor.SetStatus(new MonitorStatus(Time.GetUtcNow(), Throttled));

        var alert = Context.Render<MonitorAlert>();

        var text = alert.Find("[data-testid=aws-error]").TextContent;
        Assert.Contains("last successful poll", text);
        Assert.Contains("Request id req-9", text);
    }

    [Fact]
    public void Render_NoError_RendersNothing()
    {
        var alert = Context.Render<MonitorAlert>();

        Assert.Equal("", alert.Markup.Trim());
    }
}
