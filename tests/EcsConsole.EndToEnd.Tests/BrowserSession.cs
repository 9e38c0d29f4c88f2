using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>Headless system Chromium for the tests; a missing browser fails loudly because CI installs it.</summary>
internal static class BrowserSession
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is required at {ChromiumPath} (apt-get install chromium); end-to-end tests cannot run without it.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }

    public static string ScreenshotPath(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "screens");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, $"{name}.png");
    }
}
