using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
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
    private readonly StringBuilder _appLog = new();
    private SandboxServer? _endpoint;
    private Process? _app;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        // Another AWS-compatible endpoint: a standalone sandbox, with a cluster the console's own seed never has.
        _endpoint = await SandboxServer.StartAsync(new SandboxOptions { Url = "http://127.0.0.1:0" }, TimeProvider.System, CancellationToken.None);
        _endpoint.Engine.CreateCluster(OnlyOnTheEndpoint, ["FARGATE"], [], new Dictionary<string, string>());

        var port = FreePort();
        _baseUrl = $"http://127.0.0.1:{port}";
        var webDirectory = InProcessAppFixture.WebProjectDirectory();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])
                 [
                     Path.Combine(AppContext.BaseDirectory, "EcsConsole.Web.dll"), $"--urls={_baseUrl}", $"--contentRoot={webDirectory}",
                     "--Monitor:PollInterval=00:00:01", .. SignInHelper.AppArgs(_storeDirectory),
                 ])
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Aws__Mode"] = "Auto";
        start.Environment["AWS_ENDPOINT_URL"] = _endpoint.Url.ToString().TrimEnd('/');
        start.Environment["AWS_ACCESS_KEY_ID"] = "external-test-key";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "external-test-secret";
        start.Environment["AWS_REGION"] = "eu-west-1";
        start.Environment.Remove("AWS_PROFILE");
        // Were the app to start its own sandbox anyway, it would fail loudly on this port rather than pass unnoticed.
        start.Environment["Sandbox__Url"] = "http://127.0.0.1:1";

        _app = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        _app.OutputDataReceived += (_, e) => { lock (_appLog) _appLog.AppendLine(e.Data); };
        _app.ErrorDataReceived += (_, e) => { lock (_appLog) _appLog.AppendLine(e.Data); };
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
        await WaitForHealthyAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }
        _app?.Dispose();
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
            await SignInHelper.SignInAsync(page, _baseUrl, "/clusters");
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

        string log;
        lock (_appLog) log = _appLog.ToString();
        Assert.DoesNotContain("AWS sandbox listening", log);
    }

    private async Task WaitForHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_app!.HasExited)
            {
                break;
            }
            try
            {
                if ((await http.GetAsync($"{_baseUrl}/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        string log;
        lock (_appLog) log = _appLog.ToString();
        throw new InvalidOperationException($"The console did not become healthy at {_baseUrl}. Its output:\n{log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
