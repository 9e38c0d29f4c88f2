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

    /// <summary>
    /// Runs a browser story and, when it fails, says what the page showed: its address, its visible text and a screenshot
    /// named after the story, so a failure on CI (where nobody watches the browser) can be read from the log.
    /// </summary>
    public static async Task ExplainFailureAsync(IPage page, string story, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            string shown;
            try
            {
                var text = await page.EvaluateAsync<string>("() => document.body ? document.body.innerText : ''");
                shown = text.Length > 4000 ? text[..4000] + "..." : text;
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath($"failed-{story}"), FullPage = true });
            }
            catch (PlaywrightException unreadable)
            {
                shown = $"(the page could not be read: {unreadable.Message})";
            }
            throw new Xunit.Sdk.XunitException($"{failure.Message}\nThe page at {page.Url} showed:\n{shown}\n(screenshot: {ScreenshotPath($"failed-{story}")})\n{failure}");
        }
    }
}
