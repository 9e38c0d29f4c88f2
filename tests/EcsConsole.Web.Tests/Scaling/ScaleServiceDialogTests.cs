using Bunit;
using EcsConsole.Core.Scaling;
using EcsConsole.Core.Security;
using EcsConsole.Web.Components.Controls.Scaling;
using EcsConsole.Web.Tests.Rollouts;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Web.Tests.Scaling;

public sealed class ScaleServiceDialogTests : RolloutComponentTest
{
    private readonly FakeServiceScaling _scaling = new();

    public ScaleServiceDialogTests() => Context.Services.AddSingleton<IServiceScaling>(_scaling);

    private void Open(string cluster = "staging", string service = "users")
    {
        RenderProviders();
        var actions = Context.Render<ScaleActions>(p => p.Add(c => c.ClusterName, cluster).Add(c => c.ServiceName, service));
        actions.Find("[data-testid=action-scale]").Click();
        Dialogs.WaitForElement("[data-testid=scale-current]");
    }

    [Fact]
    public void Scale_ProductionCluster_StaysOffUntilTheServiceNameIsTypedThenSendsIt()
    {
        Production.Production.Add("prod");
        Open("prod");

        Dialogs.Find("input[data-testid=scale-desired]").Input("5");
        Assert.True(Dialogs.Find("[data-testid=scale-confirm]").HasAttribute("disabled"));
        Dialogs.Find("input[data-testid=change-confirmation]").Input("users");
        ClickWhenEnabled("scale-confirm");

        Dialogs.WaitForAssertion(() => Assert.Equal(["scale prod/users to 5 confirm=users"], _scaling.Calls));
    }

    [Fact]
    public void Scale_CountOutsideAutoScalingBounds_ShowsWhyAndKeepsScaleOff()
    {
        _scaling.Current = new ServiceScale("staging", "users", 2, 2, new ScalingBounds(1, 4), null);
        Open();

        Dialogs.Find("input[data-testid=scale-desired]").Input("9");

        Dialogs.WaitForAssertion(() => Assert.Contains("outside the auto scaling bounds 1–4", Dialogs.Find("[data-testid=scale-validation]").TextContent));
        Assert.True(Dialogs.Find("[data-testid=scale-confirm]").HasAttribute("disabled"));
        Assert.Empty(_scaling.Calls);
    }

    [Fact]
    public void Scale_AutoScaledService_SendsNewMinAndMax()
    {
        _scaling.Current = new ServiceScale("staging", "users", 2, 2, new ScalingBounds(1, 4), null);
        Open();

        Dialogs.Find("input[data-testid=scale-max]").Input("8");
        Dialogs.Find("input[data-testid=scale-desired]").Input("6");
        ClickWhenEnabled("scale-confirm");

        Dialogs.WaitForAssertion(() => Assert.Equal(["scale staging/users to 6 (1-8) confirm="], _scaling.Calls));
    }

    [Fact]
    public void Start_StoppedService_OffersItsEarlierCountAndStartsIt()
    {
        _scaling.Current = new ServiceScale("staging", "users", 0, 0, null, new StoppedServiceMemo(3, null));
        Open();

        Assert.Contains("it ran 3 before", Dialogs.Find("[data-testid=scale-stopped]").TextContent);
        ClickWhenEnabled("scale-start");

        Dialogs.WaitForAssertion(() => Assert.Equal(["start staging/users confirm="], _scaling.Calls));
    }

    [Fact]
    public void Stop_ServiceLayerRefuses_ShowsTheRefusalAndKeepsTheDialogOpen()
    {
        _scaling.Failure = new OperationDeniedException(MutatingOperation.ServiceStop, "Service.Stop needs the Operator role; olivia is Viewer. Ask an administrator for access.");
        Open();

        ClickWhenEnabled("scale-stop");

        Dialogs.WaitForAssertion(() => Assert.Contains("needs the Operator role", Dialogs.Find("[data-testid=operation-problem]").TextContent));
        Assert.NotEmpty(Dialogs.FindAll("[data-testid=scale-dialog]"));
    }
}
