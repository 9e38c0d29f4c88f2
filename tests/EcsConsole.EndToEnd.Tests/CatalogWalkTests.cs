using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>The catalog walk in a real browser on the sandbox: ECR image to the services running it, two revisions to their diff, a moving timeline.</summary>
public sealed class CatalogWalkTests(ConsoleAppFixture app) : IClassFixture<ConsoleAppFixture>, IAsyncLifetime
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
    public async Task Walk_EcrImageInUse_ShowsServicesRunningItAndLinksToThem()
    {
        await OpenInteractiveAsync("/ecr");
        await _page.Locator("[data-testid=repository-link]").Filter(new LocatorFilterOptions { HasText = "users" }).ClickAsync();
        await _page.WaitForURLAsync(new Regex("/ecr/users$"));

        await _page.Locator("[data-testid=in-use]").First.ClickAsync();

        await _page.WaitForURLAsync(new Regex(@"/ecr/users\?image=sha256"));
        var services = _page.Locator("[data-testid=image-use-service]");
        await Assertions.Expect(services.First).ToContainTextAsync("/users");
        await Assertions.Expect(_page.Locator("[data-testid=image-use-task]").First).ToBeVisibleAsync();
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("ecr-image-uses"), FullPage = true });
        await services.First.ClickAsync();
        await _page.WaitForURLAsync(new Regex("/clusters/(prod|staging)/services/users$"));
    }

    [Fact]
    public async Task Walk_TwoRevisions_ShowTheirDiffAndFollowTheSelects()
    {
        await OpenInteractiveAsync("/task-definitions/users");
        await _page.Locator("[data-testid=compare-latest]").ClickAsync();
        await _page.WaitForURLAsync(new Regex(@"/task-definitions/users/diff\?from=\d+&to=\d+$"));
        var rows = _page.Locator("[data-testid=diff-row]");
        await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasText = "image" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasText = "revision" })).ToHaveCountAsync(0);

        await _page.Locator("[data-testid=from-select]").ClickAsync();
        await _page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = ":1" }).First.ClickAsync();

        await _page.WaitForURLAsync(new Regex(@"/task-definitions/users/diff\?from=1&to=\d+$"));
        await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasText = "image" })).ToContainTextAsync("users:1.");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("task-definition-diff"), FullPage = true });
    }

    [Fact]
    public async Task Walk_SandboxStartsADeployment_TimelineShowsItWithoutReload()
    {
        await OpenInteractiveAsync("/timeline?cluster=prod&service=blog&kind=started");
        var messages = _page.Locator("[data-testid=timeline-message]");
        await Assertions.Expect(messages.First).ToContainTextAsync("started");
        var before = await messages.CountAsync();

        app.Sandbox.Engine.Ecs.UpdateService("prod", "blog", forceNewDeployment: true);

        await Assertions.Expect(messages).ToHaveCountAsync(before + 1);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("timeline"), FullPage = true });
    }

    private async Task OpenInteractiveAsync(string path)
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, path);
        // Prerendered markup ignores clicks; the layout flips this marker once the circuit is live.
        await _page.Locator("[data-interactive=true]").WaitForAsync();
    }
}
