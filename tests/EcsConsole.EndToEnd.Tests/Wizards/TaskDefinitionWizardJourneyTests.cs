using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Wizards;

/// <summary>An administrator registers task definitions with the wizard in a real browser against the app's sandbox.</summary>
public sealed partial class TaskDefinitionWizardJourneyTests(ConsoleAppFixture app) : IClassFixture<ConsoleAppFixture>, IAsyncLifetime
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
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    [Fact]
    public async Task TaskDefinitionWizard_NewFamilyFromAnEcrImage_ShowsOnTheTaskDefinitionsPage()
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/wizards/task-definition");
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        await _page.Locator("input[data-testid=td-family], [data-testid=td-family] input").FillAsync("reports-e2e");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await SelectAsync("td-repository-0", "blog");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await SelectAsync("td-ExecutionRoleArn", "ecsTaskExecutionRole");
        await _page.ClickAsync("[data-testid=wizard-next]");

        await Assertions.Expect(_page.Locator("[data-testid=json-preview]")).ToContainTextAsync("\"family\": \"reports-e2e\"");
        await Assertions.Expect(_page.Locator("[data-testid=json-preview]")).ToContainTextAsync("dkr.ecr.eu-west-1.amazonaws.com/blog:");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-plan]");
        await Assertions.Expect(_page.Locator("[data-testid=plan-table]")).ToContainTextAsync("logs:CreateLogGroup");
        await Assertions.Expect(_page.Locator("[data-testid=plan-table]")).ToContainTextAsync("ecs:RegisterTaskDefinition");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("td-wizard-plan"), FullPage = true });
        await _page.ClickAsync("[data-testid=wizard-run]");

        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded");
        await _page.ClickAsync("[data-testid=open-revision]");
        await _page.WaitForURLAsync(url => url.EndsWith("/task-definitions/reports-e2e/1", StringComparison.Ordinal));
        await _page.GotoAsync($"{app.BaseUrl}/task-definitions");
        await Assertions.Expect(_page.Locator("body")).ToContainTextAsync("reports-e2e");
    }

    [Fact]
    public async Task TaskDefinitionWizard_NewRevisionOfUsers_RegistersTheNextRevision()
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/task-definitions/users");
        await _page.ClickAsync("[data-testid=new-revision]");
        await _page.WaitForURLAsync(url => url.Contains("/wizards/task-definition?from=users", StringComparison.Ordinal));
        // Loaded afresh: after the in-page navigation the earlier page's title sometimes stayed until the timeout (seen
        // about one run in two in this class, never alone); the link itself is checked by the URL above.
        await _page.ReloadAsync();
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        // The page reads the revision it edits (and its images' tags) before it first shows; the earlier page's title stays
        // until then, and that read can be slow on a loaded machine.
        await Assertions.Expect(_page.Locator(".page-title").First).ToContainTextAsync("New revision from users:", new() { Timeout = 90_000 });
        var title = await _page.Locator(".page-title").First.TextContentAsync() ?? "";
        var revision = int.Parse(RevisionOf().Match(title).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        for (var step = 0; step < 4; step++)
        {
            await _page.ClickAsync("[data-testid=wizard-next]");
        }

        await _page.ClickAsync("[data-testid=wizard-plan]");
        await Assertions.Expect(_page.Locator("[data-testid=plan-existing]").First).ToContainTextAsync("exists");
        await _page.ClickAsync("[data-testid=wizard-run]");

        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded");
        await _page.ClickAsync("[data-testid=open-revision]");
        await _page.WaitForURLAsync(url => url.EndsWith($"/task-definitions/users/{revision + 1}", StringComparison.Ordinal));
        await Assertions.Expect(_page.Locator("[data-testid=task-definition-summary]")).ToBeVisibleAsync();
    }

    private async Task SelectAsync(string testId, string option)
    {
        await _page.Locator($"div.mud-select:has([data-testid={testId}])").First.ClickAsync();
        await _page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
    }

    [GeneratedRegex(@"users:(\d+)")]
    private static partial Regex RevisionOf();
}
