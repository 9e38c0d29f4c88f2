using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Oidc;

/// <summary>Single sign-on in a real browser against a real OpenID provider: code flow with PKCE, group mapping, sign-out, revocation.</summary>
public sealed class SingleSignOnJourneyTests(OidcAppFixture app) : IClassFixture<OidcAppFixture>, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private readonly List<string> _providerRequests = [];

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
        _context = await _browser.NewContextAsync();
        // Only the console and the provider exist for this test (the provider's login page imports a web font).
        await _context.RouteAsync("**/*", route =>
            new Uri(route.Request.Url).Host == "127.0.0.1" ? route.ContinueAsync() : route.AbortAsync());
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        _page.Request += (_, request) =>
        {
            if (request.Url.StartsWith(app.Provider.Issuer, StringComparison.Ordinal)) _providerRequests.Add(request.Url);
        };
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    [Fact]
    public async Task SignIn_UserInMappedGroup_IsOperatorThroughCodeFlowWithPkce()
    {
        app.Provider.SetAccounts(new Dictionary<string, string[]> { ["olga"] = ["ops"] });

        await SignInThroughProviderAsync("olga");

        await Assertions.Expect(_page.Locator("[data-testid=account-name]")).ToHaveTextAsync("olga");
        await Assertions.Expect(_page.Locator("[data-testid=account-role]")).ToHaveTextAsync("Operator");
        var authorize = new Uri(_providerRequests.First(u => new Uri(u).AbsolutePath == "/auth"));
        Assert.Contains("response_type=code", authorize.Query);
        Assert.Contains("code_challenge_method=S256", authorize.Query);
        Assert.Matches("code_challenge=[A-Za-z0-9_-]{43}", authorize.Query);
    }

    [Fact]
    public async Task SignIn_UserWithoutMappedGroup_IsRefused()
    {
        app.Provider.SetAccounts(new Dictionary<string, string[]> { ["vince"] = ["marketing"] });

        await StartSignInAsync("vince");

        await _page.WaitForURLAsync(new Regex("/account/signin\\?error=sso"));
        await Assertions.Expect(_page.Locator("[data-testid=signin-error]")).ToContainTextAsync("no console role");
        await _page.GotoAsync($"{app.BaseUrl}/clusters");
        await _page.WaitForURLAsync(new Regex("/account/signin\\?returnUrl="));
    }

    [Fact]
    public async Task SignOut_AfterSingleSignOn_EndsTheConsoleSession()
    {
        app.Provider.SetAccounts(new Dictionary<string, string[]> { ["olga"] = ["ops"] });
        await SignInThroughProviderAsync("olga");

        await _page.ClickAsync("[data-testid=signout]");

        await _page.WaitForURLAsync(new Regex("/account/signin$"));
        await _page.GotoAsync($"{app.BaseUrl}/clusters");
        await _page.WaitForURLAsync(new Regex("/account/signin\\?returnUrl="));
    }

    [Fact]
    public async Task GroupRemovedAtProvider_TakesEffectWithinRoleRefresh()
    {
        app.Provider.SetAccounts(new Dictionary<string, string[]> { ["olga"] = ["ops"] });
        await SignInThroughProviderAsync("olga");
        await Assertions.Expect(_page.Locator("[data-testid=account-role]")).ToHaveTextAsync("Operator");

        app.Provider.SetAccounts(new Dictionary<string, string[]> { ["olga"] = [] });
        var removedAt = DateTimeOffset.UtcNow;

        // Each navigation is a request the console checks; once RoleRefresh has passed it asks the provider again.
        var deadline = removedAt + OidcAppFixture.RoleRefresh + TimeSpan.FromSeconds(10);
        while (DateTimeOffset.UtcNow < deadline && !new Uri(_page.Url).AbsolutePath.StartsWith("/account/signin", StringComparison.Ordinal))
        {
            await _page.GotoAsync($"{app.BaseUrl}/clusters");
            await _page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            if (!new Uri(_page.Url).AbsolutePath.StartsWith("/account/signin", StringComparison.Ordinal)) await _page.WaitForTimeoutAsync(500);
        }

        Assert.StartsWith("/account/signin", new Uri(_page.Url).AbsolutePath);
        Assert.True(DateTimeOffset.UtcNow - removedAt < OidcAppFixture.RoleRefresh + TimeSpan.FromSeconds(10));
    }

    private async Task SignInThroughProviderAsync(string login)
    {
        await StartSignInAsync(login);
        await _page.WaitForURLAsync(url => url.StartsWith(app.BaseUrl, StringComparison.Ordinal) && !new Uri(url).AbsolutePath.StartsWith("/account/signin", StringComparison.Ordinal));
        await Assertions.Expect(_page.Locator("[data-testid=account-menu]")).ToBeVisibleAsync();
    }

    // The console's sign-in page, its single sign-on button, then the provider's own login and consent pages.
    private async Task StartSignInAsync(string login)
    {
        await _page.GotoAsync($"{app.BaseUrl}/account/signin?returnUrl=%2Fclusters");
        await _page.ClickAsync("[data-testid=signin-sso]");
        await _page.WaitForURLAsync(url => url.StartsWith(app.Provider.Issuer, StringComparison.Ordinal));
        await _page.FillAsync("input[name=login]", login);
        await _page.FillAsync("input[name=password]", "any-password");
        try
        {
            // Clicked from script: Playwright's click would wait for a page load that the provider's redirect chain never reports.
            await _page.EvaluateAsync("() => document.querySelector('button[type=submit]').click()");
            // A fresh browser context has granted nothing yet, so the provider always asks for consent once.
            await _page.Locator("button:has-text('Continue')").WaitForAsync();
            await _page.EvaluateAsync("() => document.querySelector('button[type=submit]').click()");
        }
        catch (TimeoutException)
        {
            await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("oidc-provider-" + login), FullPage = true });
            throw new TimeoutException($"The provider's pages did not go on; the browser is at {_page.Url}: {await _page.ContentAsync()}");
        }
    }
}
