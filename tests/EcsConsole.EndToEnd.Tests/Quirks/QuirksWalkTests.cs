using System.Text.RegularExpressions;
using EcsConsole.EndToEnd.Tests.Rollouts;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Quirks;

/// <summary>
/// The console walked in a real browser against a sandbox playing the quirks of issue 12: every page shows its data, no
/// page prints a raw HTML error body, the deployment history is derived from the service's deployments when
/// ListServiceDeployments is missing, and a rolling rollout is followed to its end although UpdateService names no
/// service deployment. One walk per area, so a failure names the area that broke.
/// </summary>
public sealed partial class QuirksWalkTests(QuirksAppFixture app) : IClassFixture<QuirksAppFixture>, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        _page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }

    [Fact]
    public async Task Walk_ClustersProdUsersTask_ShowServicesTasksAndContainers()
    {
        await OpenInteractiveAsync("/clusters");
        await Assertions.Expect(_page.Locator("[data-testid=cluster-link]")).ToHaveCountAsync(2);
        await CheckPageAsync("quirks-clusters");

        await _page.Locator("[data-testid=cluster-link]").Filter(new LocatorFilterOptions { HasText = "prod" }).ClickAsync();
        await _page.WaitForURLAsync(new Regex("/clusters/prod$"));
        await Assertions.Expect(_page.Locator("[data-testid=service-name]").Filter(new LocatorFilterOptions { HasText = "users" })).ToHaveCountAsync(1);
        await CheckPageAsync("quirks-cluster-prod");

        await _page.Locator("[data-testid=service-name] a").Filter(new LocatorFilterOptions { HasText = "users" }).ClickAsync();
        await _page.WaitForURLAsync(new Regex("/clusters/prod/services/users$"));
        var runningTask = _page.Locator("[data-testid=active-tasks] tr")
            .Filter(new LocatorFilterOptions { Has = _page.Locator("[data-testid=task-status]", new PageLocatorOptions { HasText = "RUNNING" }) })
            .Locator("[data-testid=task-id] a")
            .First;
        await Assertions.Expect(runningTask).ToHaveTextAsync(TaskIdPattern());
        await CheckPageAsync("quirks-service-users");

        await runningTask.ClickAsync();
        await _page.WaitForURLAsync(new Regex("/clusters/prod/tasks/[0-9a-f]+$"));
        await Assertions.Expect(_page.Locator("[data-testid=containers]")).ToContainTextAsync("users");
        await CheckPageAsync("quirks-task");
    }

    [Fact]
    public async Task Walk_AllServices_ListsTheSeededServices()
    {
        await OpenInteractiveAsync("/services");
        var names = _page.Locator("[data-testid=all-service-name]");
        foreach (var service in new[] { "users", "news", "market", "blog" })
        {
            await Assertions.Expect(names.Filter(new LocatorFilterOptions { HasText = service }).First).ToBeVisibleAsync();
        }
        await CheckPageAsync("quirks-services");
    }

    [Fact]
    public async Task Walk_EcrRepositoriesAndUsers_ShowTagsInUseMarksAndTheUnknownMutabilityAsText()
    {
        await OpenInteractiveAsync("/ecr");
        await Assertions.Expect(_page.Locator("[data-testid=repository-link]").Filter(new LocatorFilterOptions { HasText = "users" })).ToHaveCountAsync(1);
        // The quirk's enum value no model lists is shown as the text it is, not dropped and not an error.
        await Assertions.Expect(_page.Locator("[data-testid=repositories-table]")).ToContainTextAsync("newer_than_the_model");
        await CheckPageAsync("quirks-ecr");

        await _page.Locator("[data-testid=repository-link]").Filter(new LocatorFilterOptions { HasText = "users" }).ClickAsync();
        await _page.WaitForURLAsync(new Regex("/ecr/users$"));
        await Assertions.Expect(_page.Locator("[data-testid=image-tags]").Filter(new LocatorFilterOptions { HasTextRegex = VersionTagPattern() }).First).ToBeVisibleAsync();
        // The in-use marks come from the fleet's tasks, whose containers' cpu arrives as a number.
        await Assertions.Expect(_page.Locator("[data-testid=in-use]").First).ToBeVisibleAsync();
        await CheckPageAsync("quirks-ecr-users");
    }

    [Fact]
    public async Task Walk_Delivery_ShowsWhatEachClusterRuns()
    {
        await OpenInteractiveAsync("/delivery");
        var overview = _page.Locator("[data-testid=delivery-overview]");
        await Assertions.Expect(overview).ToContainTextAsync("users");
        await Assertions.Expect(_page.Locator("[data-testid=cluster-image]").Filter(new LocatorFilterOptions { HasTextRegex = VersionTagPattern() }).First).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("[data-testid=delivery-error]")).ToHaveCountAsync(0);
        await CheckPageAsync("quirks-delivery");
    }

    [Fact]
    public async Task Walk_DeploymentHistoryWithoutListServiceDeployments_IsDerivedFromTheServiceDeploymentsAndOpens()
    {
        await OpenInteractiveAsync("/clusters/prod/services/users/deployments");
        await Assertions.Expect(_page.Locator("[data-testid=deployment-history] tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("body")).ToContainTextAsync("derived from the service's deployments");
        await CheckPageAsync("quirks-deployment-history");

        await _page.Locator("[data-testid=history-link]").First.ClickAsync();
        await _page.WaitForURLAsync(new Regex("/clusters/prod/services/users/deployments/[^/?]+$"));
        await Assertions.Expect(_page.Locator("[data-testid=outcome-chip]").First).ToBeVisibleAsync();
        await CheckPageAsync("quirks-deployment");
    }

    [Fact]
    public async Task Walk_RollingRolloutOfANewUsersImage_OpensTheLiveDeploymentAndFollowsItToTheEnd()
    {
        var console = new RolloutConsole(_page, app.BaseUrl);
        await console.OpenServiceAsync("prod", "users");
        await console.ChooseImageAsync((tag, current) => tag != current && tag is not ("broken" or "latest"));
        await console.ReviewAsync();
        await Assertions.Expect(_page.Locator("[data-testid=plan-summary]")).ToContainTextAsync("Rolling update");
        await CheckPageAsync("quirks-rollout-review");
        var confirm = await _page.Locator("input[data-testid=change-confirmation]").CountAsync() > 0 ? "users" : null;

        // UpdateService answers without currentServiceDeployment: the console must find the new PRIMARY deployment itself.
        await console.StartAsync("roll the newer users build out on a quirky endpoint", confirm);

        await Assertions.Expect(console.Outcome).ToHaveTextAsync("Succeeded", new() { Timeout = 90_000 });
        await CheckPageAsync("quirks-rollout-succeeded");
    }

    private async Task OpenInteractiveAsync(string path)
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, path);
        // Prerendered markup ignores clicks; the layout flips this marker once the circuit is live.
        await _page.Locator("[data-interactive=true]").WaitForAsync();
    }

    /// <summary>What every page must hold to: no raw HTML error body printed, the circuit alive; then a screenshot.</summary>
    private async Task CheckPageAsync(string screenshot)
    {
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath(screenshot), FullPage = true });
        var text = await _page.Locator("body").InnerTextAsync();
        Assert.False(text.Contains("<!doctype", StringComparison.OrdinalIgnoreCase), $"{_page.Url} prints a raw HTML error body");
        Assert.False(text.Contains("<html", StringComparison.OrdinalIgnoreCase), $"{_page.Url} prints a raw HTML error body");
        await Assertions.Expect(_page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    [GeneratedRegex("^[0-9a-f]{8,}")]
    private static partial Regex TaskIdPattern();

    [GeneratedRegex(@"\d+\.\d+\.\d+")]
    private static partial Regex VersionTagPattern();
}
