using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>
/// Signing in for end-to-end tests: the app gets a known bootstrap administrator password and a throw-away store,
/// and a page signs in through the real form (antiforgery token and all).
/// </summary>
public static class SignInHelper
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "end-to-end-admin-password";

    /// <summary>Command-line settings for the app under test; the store lives in <paramref name="storeDirectory"/>, never in the repository.</summary>
    public static string[] AppArgs(string storeDirectory) =>
    [
        $"--Auth:BootstrapAdmin:Password={AdminPassword}",
        // Journeys sign in far more often than a person does; the limits themselves are tested in EcsConsole.Security.Tests.
        "--Auth:SignInRateLimit:PerClient=10000",
        "--Auth:SignInRateLimit:PerUserName=10000",
        $"--Store:ConnectionString=Data Source={Path.Combine(storeDirectory, "ecsconsole.db")}",
    ];

    public static async Task SignInAsync(IPage page, string baseUrl, string returnUrl = "/", string userName = AdminUserName, string password = AdminPassword)
    {
        await page.GotoAsync($"{baseUrl}/account/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillAsync("#signin-username", userName);
        await page.FillAsync("#signin-password", password);
        await page.ClickAsync("[data-testid=signin-submit]");
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/account/signin", StringComparison.Ordinal));
    }
}
