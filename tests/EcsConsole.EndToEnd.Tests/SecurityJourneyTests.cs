using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>Sign-in, role-guarded pages and the Content-Security-Policy, in a real browser.</summary>
public sealed class SecurityJourneyTests(ConsoleAppFixture app) : IClassFixture<ConsoleAppFixture>, IAsyncLifetime
{
    private readonly List<string> _consoleProblems = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        _page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        // CSP violations surface as console errors; any error here means the policy broke something.
        _page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") _consoleProblems.Add($"{message.Type}: {message.Text} at {message.Location}");
        };
        _page.PageError += (_, error) => _consoleProblems.Add("page error: " + error);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    [Fact]
    public async Task Clusters_Anonymous_RedirectsToSignInPage()
    {
        await _page.GotoAsync($"{app.BaseUrl}/clusters");

        await _page.WaitForURLAsync(new Regex("/account/signin\\?returnUrl=%2Fclusters$"));
        await Assertions.Expect(_page.Locator("[data-testid=signin-form]")).ToBeVisibleAsync();
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("signin"), FullPage = true });
        Assert.True(_consoleProblems.Count == 0, string.Join("\n", _consoleProblems));
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndStaysOnSignIn()
    {
        await _page.GotoAsync($"{app.BaseUrl}/account/signin");
        await _page.FillAsync("#signin-username", SignInHelper.AdminUserName);
        await _page.FillAsync("#signin-password", "not-the-password");
        await _page.ClickAsync("[data-testid=signin-submit]");

        await Assertions.Expect(_page.Locator("[data-testid=signin-error]")).ToContainTextAsync("not right");
    }

    [Fact]
    public async Task SignIn_Admin_ReachesAuditAndUsersWithoutCspViolations()
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/audit");
        await _page.Locator("[data-interactive=true]").WaitForAsync();

        await Assertions.Expect(_page.Locator("[data-testid=account-name]")).ToHaveTextAsync(SignInHelper.AdminUserName);
        await Assertions.Expect(_page.Locator("[data-testid=account-role]")).ToContainTextAsync("Admin");
        await Assertions.Expect(_page.Locator("[data-testid=audit-table]")).ToContainTextAsync("Account.SignIn");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("audit"), FullPage = true });

        await _page.GotoAsync($"{app.BaseUrl}/admin/users");
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(_page.Locator("[data-testid=users-table]")).ToContainTextAsync(SignInHelper.AdminUserName);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("users"), FullPage = true });

        await _page.GotoAsync($"{app.BaseUrl}/admin/iam-policy");
        await Assertions.Expect(_page.Locator("[data-testid=policy-read-only]")).ToContainTextAsync("ecs:DescribeServices");

        Assert.True(_consoleProblems.Count == 0, string.Join("\n", _consoleProblems));
    }

    [Fact]
    public async Task CreateUser_AsAdmin_NewViewerCanSignInAndIsAudited()
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/admin/users");
        await _page.Locator("[data-interactive=true]").WaitForAsync();

        await _page.Locator("input[data-testid=new-user-name], [data-testid=new-user-name] input").FillAsync("viewer-e2e");
        await _page.Locator("input[data-testid=new-user-password], [data-testid=new-user-password] input").FillAsync("viewer-e2e-password");
        await _page.ClickAsync("[data-testid=create-user]");
        await Assertions.Expect(_page.Locator("[data-testid=users-table]")).ToContainTextAsync("viewer-e2e");

        // The change went through the operation guard in the circuit, so it names the signed-in administrator.
        await _page.GotoAsync($"{app.BaseUrl}/audit");
        await Assertions.Expect(_page.Locator("[data-testid=audit-table]")).ToContainTextAsync("Users.Create");
        await _page.ClickAsync("[data-testid=signout]");
        await _page.WaitForURLAsync(new Regex("/account/signin$"));
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/clusters", "viewer-e2e", "viewer-e2e-password");
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(_page.Locator("[data-testid=account-role]")).ToHaveTextAsync("Viewer");
        await _page.GotoAsync($"{app.BaseUrl}/admin/users");
        await _page.WaitForURLAsync(new Regex("/account/denied"));
        Assert.True(_consoleProblems.Count == 0, string.Join("\n", _consoleProblems));
    }

    [Fact]
    public async Task SignOut_SignedIn_EndsTheSession()
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/clusters");
        await _page.Locator("[data-interactive=true]").WaitForAsync();

        await _page.ClickAsync("[data-testid=signout]");

        await _page.WaitForURLAsync(new Regex("/account/signin$"));
        await _page.GotoAsync($"{app.BaseUrl}/clusters");
        await _page.WaitForURLAsync(new Regex("/account/signin\\?returnUrl="));
    }
}
