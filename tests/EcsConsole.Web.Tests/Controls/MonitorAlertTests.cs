using Bunit;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
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
    public void Render_MessageEndingInAStop_OneStopBeforeTheAdvice()
    {
        // A JSON reader's message ends in "921."; the alert used to add its own and read "921.. Check".
        var problem = new AwsProblem("DescribeTasks in cluster prod", null, "Path: $.tasks[0].containers[0].cpu | BytePositionInLine: 921.", null, "Check the endpoint.");
        Monitor.SetStatus(new MonitorStatus(null, problem));

        var text = Context.Render<MonitorAlert>().Find("[data-testid=aws-error]").TextContent;

        Assert.DoesNotContain("..", text);
        Assert.Contains("921.", text);
    }

    [Fact]
    public void Render_TransientAndLastingProblems_SayWhichTheyAre()
    {
        Monitor.SetStatus(new MonitorStatus(null, Throttled with { Transient = true }));
        var alert = Context.Render<MonitorAlert>();
        Assert.Equal("temporary", alert.Find("[data-testid=problem-persistence]").TextContent.Trim());

        Monitor.SetStatus(new MonitorStatus(null, Throttled with { Code = "AccessDeniedException", Transient = false }));

        alert.WaitForAssertion(() => Assert.Equal("lasting", alert.Find("[data-testid=problem-persistence]").TextContent.Trim()));
    }

    [Fact]
    public void Render_NoError_RendersNothing()
    {
        var alert = Context.Render<MonitorAlert>();

        Assert.Equal("", alert.Markup.Trim());
    }
}
