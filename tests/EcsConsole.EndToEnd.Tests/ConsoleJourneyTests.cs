using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests;

public sealed partial class ConsoleJourneyTests(ConsoleAppFixture app) : IClassFixture<ConsoleAppFixture>, IAsyncLifetime
{
    private static readonly string[] ProdServices = ["blog", "market", "news", "users"];
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
    public async Task Healthz_Get_AnswersHealthy()
    {
        var response = await _page.APIRequest.GetAsync($"{app.BaseUrl}/healthz");

        Assert.Equal(200, response.Status);
        Assert.Equal("Healthy", await response.TextAsync());
    }

    [Fact]
    public async Task MudBlazorStylesheet_Get_Answers200()
    {
        var response = await _page.APIRequest.GetAsync($"{app.BaseUrl}/_content/MudBlazor/MudBlazor.min.css");

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Journey_ClustersThenProd_ShowsFleetAndLiveTaskCount()
    {
        await OpenInteractiveAsync("/");
        var links = _page.Locator("[data-testid=cluster-link]");
        await Assertions.Expect(links).ToContainTextAsync(["prod", "staging"]);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("clusters"), FullPage = true });

        await links.Filter(new LocatorFilterOptions { HasText = "prod" }).ClickAsync();
        await _page.WaitForURLAsync(new Regex("/clusters/prod$"));
        var names = _page.Locator("[data-testid=service-name]");
        await Assertions.Expect(names).ToHaveTextAsync(ProdServices);
        var running = _page.Locator("[data-testid=cluster-running]");
        var before = int.Parse(await running.InnerTextAsync());

        // Scale a service in the sandbox the way an operator elsewhere would; the page must follow without a reload.
        var desired = await _page.Locator("[data-testid=service-tasks]").Nth(Array.IndexOf(ProdServices, "users")).InnerTextAsync();
        app.Sandbox.Engine.Ecs.UpdateService("prod", "users", desiredCount: DesiredOf(desired) + 2);
        await Assertions.Expect(running).Not.ToHaveTextAsync(before.ToString());
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("cluster-prod"), FullPage = true });
    }

    private async Task OpenInteractiveAsync(string path)
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, path);
        // Prerendered markup ignores clicks; the layout flips this marker once the circuit is live.
        await _page.Locator("[data-interactive=true]").WaitForAsync();
    }

    private static int DesiredOf(string taskCells) => int.Parse(DesiredPattern().Match(taskCells).Groups[1].Value);

    [GeneratedRegex(@"/(\d+)")]
    private static partial Regex DesiredPattern();
}
