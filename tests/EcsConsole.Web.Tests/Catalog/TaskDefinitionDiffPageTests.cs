using Amazon.Runtime;
using Bunit;
using EcsConsole.Aws;
using EcsConsole.Core.Security;
using EcsConsole.Core.TaskDefinitions;
using EcsConsole.Web.Security;
using DiffPage = EcsConsole.Web.Components.Pages.TaskDefinitionDiff;
using EcsConsole.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EcsConsole.Web.Tests.Catalog;

public sealed class TaskDefinitionDiffPageTests : ConsoleComponentTest
{
    private readonly FakeTaskDefinitionCatalog _catalog = new FakeTaskDefinitionCatalog()
        .Add("users", 3, "repo/users:1.4.0", new EnvironmentVariable("LOG_LEVEL", "info", "a"))
        .Add("users", 4, "repo/users:1.4.1", new EnvironmentVariable("LOG_LEVEL", "info", "a"))
        .Add("users", 5, "repo/users:1.4.2", new EnvironmentVariable("LOG_LEVEL", "debug", "b"));

    private readonly FixedOperator _operator = new() { Identity = new OperatorIdentity("olivia", ConsoleRole.Operator, true) };

    private readonly EnvironmentDisclosureOptions _disclosure = new();

    private readonly AwsConnection _connection = new(new AwsConnectionSettings("eu-west-1", null, "http://127.0.0.1:1", new BasicAWSCredentials("k", "s"), "test"));

    public TaskDefinitionDiffPageTests()
    {
        Context.Services.AddSingleton<ITaskDefinitionCatalog>(_catalog);
        Context.Services.AddSingleton(_connection);
        Context.Services.AddSingleton<ICurrentOperator>(_operator);
        Context.Services.AddSingleton(Options.Create(_disclosure));
        Context.Services.AddScoped<EnvironmentDisclosure>();
    }

    [Fact]
    public void Render_ViewerWhileAllEnvironmentIsMaskedForViewers_ShowsThatValuesChangedButNotWhat()
    {
        _disclosure.MaskAllEnvironmentForViewers = true;
        _operator.Identity = new OperatorIdentity("vera", ConsoleRole.Viewer, true);
        Navigate("/task-definitions/users/diff?from=3&to=5");

        var page = Context.Render<DiffPage>(p => p.Add(c => c.Family, "users"));

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=diff-row]"), r => r.TextContent.Contains("environment.LOG_LEVEL")));
        var row = page.FindAll("[data-testid=diff-row]").Single(r => r.TextContent.Contains("environment.LOG_LEVEL")).TextContent;
        Assert.DoesNotContain("info", row);
        Assert.DoesNotContain("debug", row);
        Assert.Contains("***", row);
    }

    [Fact]
    public void Render_OperatorWhileAllEnvironmentIsMaskedForViewers_ShowsValues()
    {
        _disclosure.MaskAllEnvironmentForViewers = true;
        Navigate("/task-definitions/users/diff?from=3&to=5");

        var page = Context.Render<DiffPage>(p => p.Add(c => c.Family, "users"));

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=diff-row]"), r => r.TextContent.Contains("environment.LOG_LEVEL") && r.TextContent.Contains("debug")));
    }

    [Fact]
    public void Render_FromAndToInUrl_ComparesThoseRevisions()
    {
        Navigate("/task-definitions/users/diff?from=3&to=5");

        var page = Context.Render<DiffPage>(p => p.Add(c => c.Family, "users"));

        page.WaitForAssertion(() => Assert.Equal(["3->5"], _catalog.Compared));
        var rows = page.FindAll("[data-testid=diff-row]").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("image") && r.Contains("repo/users:1.4.0") && r.Contains("repo/users:1.4.2"));
        Assert.Contains(rows, r => r.Contains("environment.LOG_LEVEL") && r.Contains("info") && r.Contains("debug"));
    }

    [Fact]
    public void Render_NoRevisionsInUrl_ComparesTheNewestTwo()
    {
        Navigate("/task-definitions/users/diff");

        var page = Context.Render<DiffPage>(p => p.Add(c => c.Family, "users"));

        page.WaitForAssertion(() => Assert.Equal(["4->5"], _catalog.Compared));
    }

    [Fact]
    public void Render_UnknownRevision_SaysSoAndComparesTheNewestTwo()
    {
        Navigate("/task-definitions/users/diff?from=1&to=5");

        var page = Context.Render<DiffPage>(p => p.Add(c => c.Family, "users"));

        page.WaitForAssertion(() => Assert.Contains("Revision 1 is not an active revision", page.Markup));
        Assert.Equal(["4->5"], _catalog.Compared);
    }

    [Fact]
    public void Render_SameRevisionTwice_SaysNothingDiffers()
    {
        Navigate("/task-definitions/users/diff?from=4&to=4");

        var page = Context.Render<DiffPage>(p => p.Add(c => c.Family, "users"));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=no-changes]")));
        Assert.Empty(page.FindAll("[data-testid=diff-row]"));
    }

    [Fact]
    public void ConnectionSwitch_WhileOpen_ReadsTheRevisionsAgain()
    {
        Navigate("/task-definitions/users/diff?from=3&to=5");
        var page = Context.Render<DiffPage>(p => p.Add(c => c.Family, "users"));
        page.WaitForAssertion(() => Assert.Single(_catalog.Compared));

        _connection.Switch(_connection.Current with { Region = "us-east-1" });

        page.WaitForAssertion(() => Assert.Equal(["3->5", "3->5"], _catalog.Compared));
    }

    private void Navigate(string uri) => Context.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
}
