using EcsConsole.Sandbox;
using EcsConsole.Sandbox.Engine;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>
/// The console pointed at another AWS-compatible endpoint through the standard environment (AWS_ENDPOINT_URL and
/// static credentials) shows that endpoint's fleet, with no embedded sandbox of its own. The app runs as its own
/// process so the environment is exactly what an operator would set.
/// </summary>
public sealed class ExternalEndpointTests : IAsyncLifetime
{
    private const string OnlyOnTheEndpoint = "external-only";
    private readonly string _storeDirectory = Directory.CreateTempSubdirectory("ecsconsole-e2e-ext-").FullName;
    private SandboxServer? _endpoint;
    private ConsoleProcess? _app;

    public async Task InitializeAsync()
    {
        // Another AWS-compatible endpoint: a standalone sandbox, with a cluster the console's own seed never has.
        _endpoint = await SandboxServer.StartAsync(new SandboxOptions { Url = "http://127.0.0.1:0" }, TimeProvider.System, CancellationToken.None);
        _endpoint.Engine.Ecs.CreateCluster(OnlyOnTheEndpoint, ["FARGATE"], [], new Dictionary<string, string>());
        _app = await ConsoleProcess.StartAsync(_endpoint.Url.ToString().TrimEnd('/'), _storeDirectory);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_endpoint is not null)
        {
            await _endpoint.DisposeAsync();
        }

        Directory.Delete(_storeDirectory, recursive: true);
    }

    [Fact]
    public async Task AwsEndpointUrlWithStaticCredentials_ShowsThatEndpointsClustersWithoutSandbox()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
            page.SetDefaultTimeout(30_000);
            await SignInHelper.SignInAsync(page, _app!.BaseUrl, "/clusters");
            await page.Locator("[data-interactive=true]").WaitForAsync();

            var links = page.Locator("[data-testid=cluster-link]");
            await Assertions.Expect(links.Filter(new LocatorFilterOptions { HasText = OnlyOnTheEndpoint })).ToHaveCountAsync(1, new() { Timeout = 45_000 });
            await Assertions.Expect(links).ToHaveCountAsync(3);
            var chip = page.Locator("[data-testid=connection-chip]");
            await Assertions.Expect(chip).Not.ToContainTextAsync("Sandbox");
            await Assertions.Expect(chip).ToContainTextAsync("000000000000");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("external-endpoint"), FullPage = true });
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }

        Assert.DoesNotContain("AWS sandbox listening", _app.Log);
    }
}
