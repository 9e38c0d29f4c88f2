using Bunit;
using EcsConsole.Core.Connection;
using EcsConsole.Web.Components.Layout;
using EcsConsole.Web.Tests.Support;
using MudBlazor;

namespace EcsConsole.Web.Tests.Controls;

public sealed class ConnectionChipTests : ConsoleComponentTest
{
    [Fact]
    public void Render_SandboxConnection_SaysSandboxAndRegion()
    {
        Context.Render<MudPopoverProvider>();

        var chip = Context.Render<ConnectionChip>();

        chip.WaitForAssertion(() => Assert.Equal("Sandbox · eu-west-1", chip.Find("[data-testid=connection-chip]").TextContent.Trim()));
    }

    [Fact]
    public void Render_ConnectionSwitchesToAws_ShowsAccountAndRegion()
    {
        Context.Render<MudPopoverProvider>();
        var chip = Context.Render<ConnectionChip>();

        Identity.Switch(new ConnectionIdentity("AWS", "us-east-2", "123456789012", null));

        chip.WaitForAssertion(() => Assert.Equal("123456789012 · us-east-2", chip.Find("[data-testid=connection-chip]").TextContent.Trim()));
    }
}
