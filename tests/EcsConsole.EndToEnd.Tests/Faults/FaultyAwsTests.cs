using EcsConsole.Sandbox;
using EcsConsole.Sandbox.Faults;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Faults;

/// <summary>
/// The console in front of a misbehaving AWS (a standalone sandbox with fault injection, reached by AWS_ENDPOINT_URL):
/// with 20 % throttling and 5 % server errors every page keeps serving data with a "degraded" banner, and when the
/// endpoint goes down the pages say so and recover by themselves when it returns — with no unhandled exception in the log.
/// </summary>
public sealed class FaultyAwsTests : IAsyncLifetime
{
    private readonly string _storeDirectory = Directory.CreateTempSubdirectory("ecsconsole-e2e-faults-").FullName;
    private SandboxServer? _endpoint;
    private ConsoleProcess? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _endpoint = await SandboxServer.StartAsync(new SandboxOptions { Url = "http://127.0.0.1:0", RandomFailuresPerTaskHour = 0 }, TimeProvider.System, CancellationToken.None);
        _app = await ConsoleProcess.StartAsync(_endpoint.Url.ToString().TrimEnd('/'), _storeDirectory);
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        if (_endpoint is not null) await _endpoint.DisposeAsync();
        Directory.Delete(_storeDirectory, recursive: true);
    }

    [Fact]
    public async Task ThrottlingAndServerErrors_PagesKeepServingWithTheDegradedBannerThenEndpointDownAndBack_Recovers()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        page.SetDefaultTimeout(45_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        await SignInHelper.SignInAsync(page, _app!.BaseUrl, "/clusters");
        await Assertions.Expect(page.Locator("[data-testid=cluster-link]")).ToHaveCountAsync(2);

        _endpoint!.Faults = new SandboxFaults { ThrottleShare = 0.20, ServerErrorShare = 0.05 };

        await Assertions.Expect(page.Locator("[data-testid=aws-degraded]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=cluster-link]")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("faults-degraded"), FullPage = true });
        await page.GotoAsync($"{_app.BaseUrl}/services");
        await Assertions.Expect(page.Locator("[data-testid=all-service-name]").First).ToBeVisibleAsync();
        await page.GotoAsync($"{_app.BaseUrl}/clusters/staging/services/users");
        await Assertions.Expect(page.Locator("[data-testid=task-status]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=aws-degraded]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();

        _endpoint.Faults = new SandboxFaults();
        await Assertions.Expect(page.Locator("[data-testid=aws-degraded]")).ToHaveCountAsync(0);

        _endpoint.Faults = new SandboxFaults { Down = true };
        await Assertions.Expect(page.Locator("[data-testid=polled-error]").First).ToBeVisibleAsync();
        // What was shown stays, marked as the last good data.
        await Assertions.Expect(page.Locator("[data-testid=task-status]").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("faults-down"), FullPage = true });

        _endpoint.Faults = new SandboxFaults();
        await Assertions.Expect(page.Locator("[data-testid=polled-error]")).ToHaveCountAsync(0);
        await page.GotoAsync($"{_app.BaseUrl}/clusters");
        await Assertions.Expect(page.Locator("[data-testid=cluster-link]")).ToHaveCountAsync(2);
        _endpoint.Faults = new SandboxFaults { Down = true };
        await Assertions.Expect(page.Locator("[data-testid=aws-error]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=cluster-link]")).ToHaveCountAsync(2);
        _endpoint.Faults = new SandboxFaults();
        await Assertions.Expect(page.Locator("[data-testid=aws-error]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();

        var log = _app.Log;
        Assert.DoesNotContain("Unhandled exception", log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("crit:", log, StringComparison.Ordinal);
    }
}
