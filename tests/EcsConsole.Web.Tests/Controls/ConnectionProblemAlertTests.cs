using Bunit;
using EcsConsole.Core.Connection;
using EcsConsole.Web.Components.Controls;
using EcsConsole.Web.Tests.Support;

namespace EcsConsole.Web.Tests.Controls;

public sealed class ConnectionProblemAlertTests : ConsoleComponentTest
{
    [Fact]
    public void Render_HealthyConnection_ShowsNothing()
    {
        var alert = Context.Render<ConnectionProblemAlert>();

        Assert.Empty(alert.FindAll("[data-testid=connection-problem]"));
    }

    [Fact]
    public void Render_CredentialsFailThenRecover_ShowsProblemThenHidesIt()
    {
        Identity.Identity = new ConnectionIdentity("AWS", "eu-west-1", null, "No AWS credentials: none are configured.", "No AWS credentials");
        var alert = Context.Render<ConnectionProblemAlert>();
        alert.WaitForAssertion(() => Assert.Contains("No AWS credentials", alert.Find("[data-testid=connection-problem]").TextContent));

        Identity.Switch(new ConnectionIdentity("AWS", "eu-west-1", "123456789012", null));

        alert.WaitForAssertion(() => Assert.Empty(alert.FindAll("[data-testid=connection-problem]")));
    }
}
