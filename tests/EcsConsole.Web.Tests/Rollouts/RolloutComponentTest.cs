using Amazon.Runtime;
using Bunit;
using Bunit.TestDoubles;
using EcsConsole.Aws;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;
using EcsConsole.Core.TaskDefinitions;
using EcsConsole.Web.Model.Rollouts;
using EcsConsole.Web.Security;
using EcsConsole.Web.Tests.Catalog;
using EcsConsole.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EcsConsole.Web.Tests.Rollouts;

/// <summary>The rollout fakes registered, a popover and dialog provider rendered, and an operator signed in (tests may demote).</summary>
public abstract class RolloutComponentTest : ConsoleComponentTest
{
    internal FakeRolloutService Rollouts { get; } = new();

    internal FakeDeploymentWatcher Watcher { get; } = new();

    internal FakeDeploymentHistory History { get; } = new();

    internal FakeImageChoices Images { get; } = new();

    internal FakeProductionPolicy Production { get; } = new();

    internal FakeTaskDefinitionCatalog TaskDefinitions { get; } = new();

    internal BunitAuthorizationContext Auth { get; }

    protected RolloutComponentTest()
    {
        Context.Services.AddSingleton<IRolloutService>(Rollouts);
        Context.Services.AddSingleton<IDeploymentWatcher>(Watcher);
        Context.Services.AddSingleton<IDeploymentHistory>(History);
        Context.Services.AddSingleton<IImageChoices>(Images);
        Context.Services.AddSingleton<IProductionClusterPolicy>(Production);
        Context.Services.AddSingleton<ITaskDefinitionCatalog>(TaskDefinitions);
        Context.Services.AddSingleton(new AwsConnection(new AwsConnectionSettings("eu-west-1", null, "http://127.0.0.1:1", new BasicAWSCredentials("k", "s"), "test")));
        Auth = Context.AddAuthorization();
        SignInAs("olivia", operatorRole: true);
    }

    protected void SignInAs(string name, bool operatorRole)
    {
        Auth.SetAuthorized(name);
        if (operatorRole)
        {
            Auth.SetPolicies(ConsolePolicies.Operator);
        }
        else
        {
            Auth.SetPolicies();
        }
    }

    /// <summary>Where open select lists render; set by <see cref="RenderProviders"/>.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = null!;

    /// <summary>Where dialogs render; set by <see cref="RenderProviders"/>.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = null!;

    /// <summary>Renders the providers dialogs, tooltips and select lists need.</summary>
    protected void RenderProviders()
    {
        Popovers = Context.Render<MudPopoverProvider>();
        Dialogs = Context.Render<MudDialogProvider>();
    }

    /// <summary>Types a note into the open dialog.</summary>
    protected void TypeNote(string note) => Dialogs.WaitForElement("textarea[data-testid=change-note]").Input(note);

    /// <summary>Clicks a dialog button once it is enabled.</summary>
    protected void ClickWhenEnabled(string testId)
    {
        Dialogs.WaitForAssertion(() => Assert.False(Dialogs.Find($"[data-testid={testId}]").HasAttribute("disabled")));
        Dialogs.Find($"[data-testid={testId}]").Click();
    }
}
