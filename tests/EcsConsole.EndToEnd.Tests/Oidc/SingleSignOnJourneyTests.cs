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
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _providerRequests = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _browserLog = new();

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
        _context = await _browser.NewContextAsync();
        // Only the console and the provider exist for this test (the provider's login page imports a web font).
        await _context.RouteAsync("**/*", route =>
            new Uri(route.Request.Url).Host == "127.0.0.1" ? route.ContinueAsync() : route.AbortAsync());
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(45_000);
        Assertions.SetDefaultExpectTimeout(45_000);
        _page.Request += (_, request) =>
        {
            if (request.Url.StartsWith(app.Provider.Issuer, StringComparison.Ordinal)) _providerRequests.Enqueue(request.Url);
        };
        // What the browser saw, for the failure message when a step does not go on.
        _page.FrameNavigated += (_, frame) => { if (frame == _page.MainFrame) _browserLog.Enqueue($"navigated {frame.Url}"); };
        _page.RequestFailed += (_, request) => _browserLog.Enqueue($"failed {request.Method} {request.Url}: {request.Failure}");
        _page.Console += (_, message) => _browserLog.Enqueue($"console {message.Type}: {message.Text}");
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
        var eventsBefore = app.Provider.Events.Count;

        await SignInThroughProviderAsync("olga");

        await Assertions.Expect(_page.Locator("[data-testid=account-name]")).ToHaveTextAsync("olga");
        await Assertions.Expect(_page.Locator("[data-testid=account-role]")).ToHaveTextAsync("Operator");
        Assert.Equal("/clusters", new Uri(_page.Url).AbsolutePath);
        Assert.Contains(_providerRequests, u => new Uri(u).AbsolutePath == "/auth");
        var events = app.Provider.Events.Skip(eventsBefore).ToList();
        var authorization = Assert.Single(events, e => e.GetProperty("type").GetString() == "authorization");
        Assert.Equal("code", authorization.GetProperty("response_type").GetString());
        Assert.Equal("S256", authorization.GetProperty("code_challenge_method").GetString());
        Assert.Matches("^[A-Za-z0-9_-]{43}$", authorization.GetProperty("code_challenge").GetString());
        var grant = Assert.Single(events, e => e.GetProperty("type").GetString() == "grant");
        Assert.Equal("authorization_code", grant.GetProperty("grant_type").GetString());
        Assert.True(grant.GetProperty("code_verifier_sent").GetBoolean());
    }

    [Fact]
    public async Task SignIn_UserWithoutMappedGroup_IsRefused()
    {
        app.Provider.SetAccounts(new Dictionary<string, string[]> { ["vince"] = ["marketing"] });

        await StartSignInAsync("vince");

        await _page.WaitForURLAsync(new Regex("/account/signin\\?error=sso-norole$"), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(_page.Locator("[data-testid=signin-error]")).ToContainTextAsync("no console role");
        await _page.GotoAsync($"{app.BaseUrl}/clusters");
        await _page.WaitForURLAsync(new Regex("/account/signin\\?returnUrl="), new() { WaitUntil = WaitUntilState.Commit });
    }

    [Fact]
    public async Task SignOut_AfterSingleSignOn_EndsTheConsoleSession()
    {
        app.Provider.SetAccounts(new Dictionary<string, string[]> { ["olga"] = ["ops"] });
        await SignInThroughProviderAsync("olga");
        var session = (await _context.CookiesAsync([app.BaseUrl])).Single(c => c.Name == "EcsConsole.Session");

        await _page.ClickAsync("[data-testid=signout]");

        await _page.WaitForURLAsync(new Regex("/account/signin$"), new() { WaitUntil = WaitUntilState.Commit });
        await _page.GotoAsync($"{app.BaseUrl}/clusters");
        await _page.WaitForURLAsync(new Regex("/account/signin\\?returnUrl="), new() { WaitUntil = WaitUntilState.Commit });
        // A copy of the cookie kept from before sign-out is refused too: the session ended on the server.
        await _context.AddCookiesAsync([new Cookie { Name = session.Name, Value = session.Value, Domain = session.Domain, Path = session.Path }]);
        await _page.GotoAsync($"{app.BaseUrl}/clusters");
        await _page.WaitForURLAsync(new Regex("/account/signin\\?returnUrl="), new() { WaitUntil = WaitUntilState.Commit });
    }

    [Fact]
    public async Task GroupRemovedAtProvider_SessionEndsOnceRoleRefreshHasPassed()
    {
        app.Provider.SetAccounts(new Dictionary<string, string[]> { ["olga"] = ["ops"] });
        await SignInThroughProviderAsync("olga");
        await Assertions.Expect(_page.Locator("[data-testid=account-role]")).ToHaveTextAsync("Operator");

        app.Provider.SetAccounts(new Dictionary<string, string[]> { ["olga"] = [] });
        // Any role check before this instant read the old groups, so each is due again at most RoleRefresh later.
        var removedAt = DateTimeOffset.UtcNow;

        var refreshDue = removedAt + OidcAppFixture.RoleRefresh - DateTimeOffset.UtcNow;
        if (refreshDue > TimeSpan.Zero) await Task.Delay(refreshDue);
        await _page.GotoAsync($"{app.BaseUrl}/clusters");

        // The console answers that request with a redirect, which the navigation has already followed.
        Assert.Matches("/account/signin\\?returnUrl=", _page.Url);
    }

    private async Task SignInThroughProviderAsync(string login)
    {
        await StartSignInAsync(login);
        await WithDiagnosticsAsync(login, () => _page.WaitForURLAsync(
            url => url.StartsWith(app.BaseUrl, StringComparison.Ordinal) && !new Uri(url).AbsolutePath.StartsWith("/account/signin", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.Commit }));
        await Assertions.Expect(_page.Locator("[data-testid=account-menu]")).ToBeVisibleAsync();
    }

    // The console's sign-in page, its single sign-on button, then the provider's own login and consent pages. Waits are
    // for URLs and elements, not for load events: the way out of each page is a redirect chain across two origins.
    private async Task StartSignInAsync(string login)
    {
        await _page.GotoAsync($"{app.BaseUrl}/account/signin?returnUrl=%2Fclusters");
        await WithDiagnosticsAsync(login, async () =>
        {
            await _page.ClickAsync("[data-testid=signin-sso]");
            await _page.WaitForURLAsync(url => url.StartsWith(app.Provider.Issuer + "/interaction/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
            await _page.FillAsync("input[name=login]", login);
            await _page.FillAsync("input[name=password]", "any-password");
            await _page.ClickAsync("button[type=submit]");
            // A fresh browser context has granted nothing yet, so the provider always asks for consent once.
            var consent = _page.Locator("button[type=submit]:has-text('Continue')");
            await consent.WaitForAsync();
            await consent.ClickAsync();
        });
    }

    private async Task WithDiagnosticsAsync(string login, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (TimeoutException ex)
        {
            await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("oidc-" + login), FullPage = true });
            throw new TimeoutException(
                $"Single sign-on for {login} did not go on; the browser is at {_page.Url}.\nBrowser:\n{string.Join('\n', _browserLog)}\nProvider:\n{app.Provider.Output}",
                ex);
        }
    }
}
