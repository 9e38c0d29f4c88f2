using Bunit;
using EcsConsole.Core.Fleet;
using EcsConsole.Web.Components.Controls;
using EcsConsole.Web.Tests.Support;

namespace EcsConsole.Web.Tests.Controls;

public sealed class FreshnessBarTests : ConsoleComponentTest
{
    [Fact]
    public void Render_ClockMovesOn_AgeGrowsWithoutNewPoll()
    {
        Monitor.SetStatus(new MonitorStatus(Time.GetUtcNow(), null));
        var bar = Context.Render<FreshnessBar>();

        Time.Advance(TimeSpan.FromSeconds(5));

        bar.WaitForAssertion(() => Assert.Equal("updated 5s ago", bar.Find("[data-testid=freshness]").TextContent.Trim()));
    }
}
