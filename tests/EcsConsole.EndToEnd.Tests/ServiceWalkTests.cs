using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>The inventory walk: clusters → prod → users → a running task → its combined logs, growing live.</summary>
public sealed partial class ServiceWalkTests(ConsoleAppFixture app) : IClassFixture<ConsoleAppFixture>, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
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
    public async Task Walk_ClustersProdUsersRunningTask_CombinedLogsShowSandboxLinesAndGrow()
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/");
        // Prerendered markup ignores clicks; the layout flips this marker once the circuit is live.
        await _page.Locator("[data-interactive=true]").WaitForAsync();

        await _page.Locator("[data-testid=cluster-link]").Filter(new LocatorFilterOptions { HasText = "prod" }).ClickAsync();
        await _page.WaitForURLAsync(new Regex("/clusters/prod$"));
        await _page.Locator("[data-testid=service-name] a").Filter(new LocatorFilterOptions { HasText = "users" }).ClickAsync();
        await _page.WaitForURLAsync(new Regex("/clusters/prod/services/users$"));

        var runningTask = _page.Locator("[data-testid=active-tasks] tr")
            .Filter(new LocatorFilterOptions { Has = _page.Locator("[data-testid=task-status]", new PageLocatorOptions { HasText = "RUNNING" }) })
            .Locator("[data-testid=task-id] a")
            .First;
        await runningTask.WaitForAsync();
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("service-users"), FullPage = true });
        await runningTask.ClickAsync();
        await _page.WaitForURLAsync(new Regex("/clusters/prod/tasks/[0-9a-f]+$"));

        await Assertions.Expect(_page.Locator("[data-testid=containers]")).ToContainTextAsync("users");
        var lines = _page.Locator("[data-testid=log-line]");
        await Assertions.Expect(lines.First).ToContainTextAsync("users");
        var summary = _page.Locator("[data-testid=log-summary]");
        await Assertions.Expect(summary).ToContainTextAsync(LinesPattern());
        var before = LineCount(await summary.InnerTextAsync());

        // The sandbox runs fast: its containers keep writing, and the tail must bring the new lines without a reload.
        await Assertions.Expect(summary).Not.ToContainTextAsync($"{before} lines");
        Assert.True(LineCount(await summary.InnerTextAsync()) > before);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("task-logs"), FullPage = true });
    }

    private static int LineCount(string summary) => int.Parse(LinesPattern().Match(summary).Groups[1].Value);

    [GeneratedRegex(@"(\d+) lines from")]
    private static partial Regex LinesPattern();
}
