using EcsConsole.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>What an operator sees when AWS cannot be reached, and that the console recovers on its own.</summary>
public sealed class ConnectionFailureTests(ConsoleAppFixture app) : IClassFixture<ConsoleAppFixture>, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        _page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(45_000);
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
    public async Task ConnectionSwitch_EndpointUnreachable_ShowsAlertThenRecovers()
    {
        var connection = app.Services.GetRequiredService<AwsConnection>();
        var working = connection.Current;
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/clusters");
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        var links = _page.Locator("[data-testid=cluster-link]");
        await Assertions.Expect(links).ToHaveCountAsync(2);

        // Port 1 on loopback refuses connections: the same failure as a stopped endpoint or a wrong URL.
        connection.Switch(working with { EndpointUrl = "http://127.0.0.1:1" });

        var alert = _page.Locator("[data-testid=aws-error]");
        await Assertions.Expect(alert).ToContainTextAsync("ListClusters failed");
        await Assertions.Expect(alert).ToContainTextAsync("could not be reached");
        await Assertions.Expect(links).ToHaveCountAsync(0);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("aws-error"), FullPage = true });

        connection.Switch(working);

        await Assertions.Expect(links).ToHaveCountAsync(2);
        await Assertions.Expect(alert).ToHaveCountAsync(0);
    }
}
