using System.Text.RegularExpressions;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Security;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>The app with the sandbox's two accounts as its two default connections: <c>default</c> and <c>platform</c> (222222222222).</summary>
public sealed class ConnectionsAppFixture() : InProcessAppFixture("connections")
{
    public const string OperatorName = "oscar";
    public const string OperatorPassword = "oscar-e2e-password";

    protected override IEnumerable<string> Settings => ["--Monitor:PollInterval=00:00:01"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // An Operator on the default account; the sandbox's platform connection makes everyone without a grant a Viewer there.
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SystemActorContext>().ActAs("e2e-setup", ConsoleRole.Admin);
        await scope.ServiceProvider.GetRequiredService<ConsoleUserService>().CreateAsync(OperatorName, ConsoleRole.Operator, OperatorPassword, CancellationToken.None);
    }
}

/// <summary>
/// Connections (issue 14) in a real browser: two users signed in at once on different accounts, an Operator refused a
/// rollout on the account where they are only a Viewer, and the services of both accounts side by side.
/// </summary>
public sealed class ConnectionsJourneyTests(ConnectionsAppFixture app) : IClassFixture<ConnectionsAppFixture>, IAsyncLifetime
{
    private readonly List<string> _pageErrors = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    [Fact]
    public async Task TwoUsersAtOnce_DifferentAccountsAndRegions_EachSeesWhatTheyChose_TheOtherIsNotMoved()
    {
        // Two browser contexts: two users, two cookies, two circuits, one console.
        var admin = await SignedInAsync(SignInHelper.AdminUserName, SignInHelper.AdminPassword, "/services");
        var oscar = await SignedInAsync(ConnectionsAppFixture.OperatorName, ConnectionsAppFixture.OperatorPassword, "/services");

        await SwitchAsync(admin, "platform", "eu-west-1");
        await SwitchAsync(oscar, "default", "us-east-1");

        await Assertions.Expect(admin.Locator("[data-testid=connection-label]")).ToContainTextAsync("platform · 222222222222 · eu-west-1");
        await Assertions.Expect(admin.Locator("[data-testid=all-services-table]")).ToContainTextAsync("gateway");
        await Assertions.Expect(admin.Locator("[data-testid=all-services-table]")).Not.ToContainTextAsync("users");
        await Assertions.Expect(admin.Locator("[data-testid=all-services-table]")).Not.ToContainTextAsync("edge-proxy");
        // Oscar's switch to the other account's second region moved only him; the sandbox answers each region apart.
        await Assertions.Expect(oscar.Locator("[data-testid=connection-label]")).ToContainTextAsync("default · 000000000000 · us-east-1");
        await Assertions.Expect(oscar.Locator("[data-testid=all-services-table]")).ToContainTextAsync("edge-proxy");
        await Assertions.Expect(oscar.Locator("[data-testid=all-services-table]")).ToContainTextAsync("geo-router");
        await Assertions.Expect(oscar.Locator("[data-testid=all-services-table]")).Not.ToContainTextAsync("gateway");
        await Assertions.Expect(oscar.Locator("[data-testid=all-services-table]")).Not.ToContainTextAsync("users");
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("connections-admin-platform"), FullPage = true });
        await oscar.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("connections-oscar-default-us-east-1"), FullPage = true });

        // Each choice is remembered per user: fresh page loads stay where each of them went.
        await admin.GotoAsync($"{app.BaseUrl}/clusters");
        await admin.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(admin.Locator("[data-testid=connection-label]")).ToContainTextAsync("platform · 222222222222 · eu-west-1");
        await Assertions.Expect(admin.Locator("[data-testid=clusters-table]")).ToContainTextAsync("platform");
        await oscar.GotoAsync($"{app.BaseUrl}/clusters");
        await oscar.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(oscar.Locator("[data-testid=connection-label]")).ToContainTextAsync("default · 000000000000 · us-east-1");
        await Assertions.Expect(oscar.Locator("[data-testid=clusters-table]")).ToContainTextAsync("edge");
        await Assertions.Expect(oscar.Locator("[data-testid=clusters-table]")).Not.ToContainTextAsync("staging");
        Assert.True(_pageErrors.Count == 0, string.Join("\n", _pageErrors));
    }

    [Fact]
    public async Task OperatorOnDefault_RolloutOnPlatformAccount_RefusedByTheServiceLayerAndAudited()
    {
        var oscar = await SignedInAsync(ConnectionsAppFixture.OperatorName, ConnectionsAppFixture.OperatorPassword, "/services");
        await Assertions.Expect(oscar.Locator("[data-testid=account-role]")).ToHaveTextAsync("Operator");
        await SwitchAsync(oscar, "platform", "eu-west-1");
        await Assertions.Expect(oscar.Locator("[data-testid=connection-label]")).ToContainTextAsync("platform · 222222222222");
        // The app bar names the role that holds here: roles are per connection.
        await Assertions.Expect(oscar.Locator("[data-testid=account-role]")).ToHaveTextAsync("Viewer");
        await Assertions.Expect(oscar.Locator("[data-testid=account-role]")).ToHaveAttributeAsync("title", "Viewer on connection platform (Operator console-wide)");

        await oscar.GotoAsync($"{app.BaseUrl}/clusters/platform/services/gateway");
        await oscar.Locator("[data-interactive=true]").WaitForAsync();
        await oscar.Locator("[data-testid=action-rollout]").ClickAsync();
        await oscar.Locator("[data-testid=source-force]").ClickAsync();
        await oscar.Locator("[data-testid=rollout-review]").ClickAsync();
        await oscar.Locator("[data-testid=rollout-plan]").WaitForAsync();
        await oscar.FillAsync("textarea[data-testid=change-note]", "restart the gateway");
        await oscar.Locator("[data-testid=rollout-start]").ClickAsync();

        var problem = oscar.Locator("[data-testid=operation-problem]");
        await Assertions.Expect(problem).ToContainTextAsync("needs the Operator role on connection platform");
        await Assertions.Expect(problem).ToContainTextAsync("oscar is Viewer on connection platform");
        await oscar.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("connections-rollout-refused"), FullPage = true });
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var denied = await db.AuditEntries.Where(e => e.Actor == ConnectionsAppFixture.OperatorName && e.Outcome == AuditOutcome.Denied && e.Operation != "Connection.Switch").ToListAsync();
        var entry = Assert.Single(denied);
        Assert.Equal(("platform", "222222222222", "eu-west-1"), (entry.ConnectionName, entry.AccountId, entry.Region));

        // The audit trail says where: the refusal's row names the connection, account and region it was refused in.
        var admin = await SignedInAsync(SignInHelper.AdminUserName, SignInHelper.AdminPassword, "/audit");
        var row = admin.Locator("[data-testid=audit-table] tr", new PageLocatorOptions { HasText = entry.Operation }).Filter(new LocatorFilterOptions { HasText = "Denied" }).First;
        await Assertions.Expect(row.Locator("[data-testid=audit-where]")).ToContainTextAsync("platform");
        await Assertions.Expect(row.Locator("[data-testid=audit-where]")).ToContainTextAsync("222222222222 · eu-west-1");
        Assert.True(_pageErrors.Count == 0, string.Join("\n", _pageErrors));
    }

    [Fact]
    public async Task ServicesAcrossConnections_ListsBothAccountsSideBySide_AccountFilterKeptInTheUrl()
    {
        var admin = await SignedInAsync(SignInHelper.AdminUserName, SignInHelper.AdminPassword, "/services?connections=all");
        var table = admin.Locator("[data-testid=all-services-table]");

        await Assertions.Expect(table.Locator("tr", new LocatorLocatorOptions { HasText = "gateway" })).ToContainTextAsync("222222222222");
        await Assertions.Expect(table.Locator("tr", new LocatorLocatorOptions { HasText = "auth" })).ToContainTextAsync("222222222222");
        await Assertions.Expect(table.Locator("tr", new LocatorLocatorOptions { HasText = "market" }).First).ToContainTextAsync("000000000000");
        await Assertions.Expect(admin.Locator("[data-testid=services-count]")).ToContainTextAsync("in 2 connections");
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("connections-services-all"), FullPage = true });

        await admin.Locator("div.mud-select:has([data-testid=filter-account])").First.ClickAsync();
        await admin.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "222222222222" }).First.ClickAsync();

        await admin.WaitForURLAsync(new Regex("connections=all.*account=222222222222|account=222222222222.*connections=all"));
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(2);
        await admin.ReloadAsync();
        await admin.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(table).Not.ToContainTextAsync("market");

        await admin.GotoAsync($"{app.BaseUrl}/clusters?connections=all");
        await admin.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(admin.Locator("[data-testid=clusters-table]").Locator("tr", new LocatorLocatorOptions { HasText = "platform" })).ToContainTextAsync("222222222222");
        await Assertions.Expect(admin.Locator("[data-testid=clusters-table]").Locator("tr", new LocatorLocatorOptions { HasText = "staging" })).ToContainTextAsync("000000000000");
        Assert.True(_pageErrors.Count == 0, string.Join("\n", _pageErrors));
    }

    [Fact]
    public async Task RowOfAnotherConnection_OpensItThere_SwitchingTheSessionAndAuditingIt()
    {
        var admin = await SignedInAsync(SignInHelper.AdminUserName, SignInHelper.AdminPassword, "/services");
        await BrowserSession.ExplainFailureAsync(admin, "a row of another connection opens it there", async () =>
        {
            // Start on the default connection whatever an earlier story chose: the same link a row of another connection carries.
            await admin.GotoAsync($"{app.BaseUrl}/connections/open?connection=default&region=eu-west-1&to=%2Fservices%3Fconnections%3Dall");
            await admin.WaitForURLAsync(new Regex("/services\\?connections=all$"));
            await admin.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(admin.Locator("[data-testid=connection-label]")).ToHaveAttributeAsync("data-connection", "default");
            var gateway = admin.Locator("[data-testid=all-services-table] tr", new PageLocatorOptions { HasText = "gateway" });

            await gateway.Locator("[data-testid=open-on-connection]").ClickAsync();

            await admin.WaitForURLAsync(new Regex("/clusters/platform/services/gateway$"));
            await admin.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(admin.Locator("[data-testid=connection-label]")).ToHaveAttributeAsync("data-connection", "platform");
            await Assertions.Expect(admin.Locator("h1")).ToContainTextAsync("gateway");
            await admin.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("connections-row-opened-on-platform"), FullPage = true });
            await using (var db = await app.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync())
            {
                var switched = await db.AuditEntries.Where(e => e.Actor == SignInHelper.AdminUserName && e.Operation == "Connection.Switch" && e.Target == "platform eu-west-1").ToListAsync();
                Assert.Contains(switched, e => e.Outcome == AuditOutcome.Succeeded && e.ConnectionName == "platform");
            }

            // And back: a cluster of the default connection, listed while on platform, opens on the default connection.
            await admin.GotoAsync($"{app.BaseUrl}/clusters?connections=all");
            await admin.Locator("[data-interactive=true]").WaitForAsync();
            await admin.Locator("[data-testid=clusters-table] tr", new PageLocatorOptions { HasText = "staging" }).Locator("[data-testid=open-on-connection]").ClickAsync();
            await admin.WaitForURLAsync(new Regex("/clusters/staging$"));
            await admin.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(admin.Locator("[data-testid=connection-label]")).ToHaveAttributeAsync("data-connection", "default");
        });
        Assert.True(_pageErrors.Count == 0, string.Join("\n", _pageErrors));
    }

    [Fact]
    public async Task ImageMap_OnAnotherAccount_ListsWhereItRunsWithAccountAndRegion()
    {
        var admin = await SignedInAsync(SignInHelper.AdminUserName, SignInHelper.AdminPassword, "/ecr");
        await BrowserSession.ExplainFailureAsync(admin, "the image map on another account", async () =>
        {
            await admin.GotoAsync($"{app.BaseUrl}/connections/open?connection=platform&region=eu-west-1&to=%2Fecr%2Fgateway");
            await admin.WaitForURLAsync(new Regex("/ecr/gateway$"));
            await admin.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(admin.Locator("[data-testid=connection-label]")).ToHaveAttributeAsync("data-connection", "platform");
            // The platform account's own fleet marks its images in use (not the console's own account's fleet).
            var inUse = admin.Locator("[data-testid=images-table] tr", new PageLocatorOptions { Has = admin.Locator("[data-testid=in-use]") }).First;
            await inUse.ClickAsync();

            await Assertions.Expect(admin.Locator("[data-testid=image-use]").First).ToContainTextAsync("gateway");
            var across = admin.Locator("[data-testid=image-across-row][data-account='222222222222']");
            await Assertions.Expect(across.First).ToContainTextAsync("platform");
            await Assertions.Expect(across.First).ToContainTextAsync("eu-west-1");
            await Assertions.Expect(across.First).ToContainTextAsync("gateway");
            await Assertions.Expect(admin.Locator("[data-testid=image-across-row][data-connection=default]")).ToHaveCountAsync(0);
            await admin.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("connections-image-map-platform"), FullPage = true });
        });
        Assert.True(_pageErrors.Count == 0, string.Join("\n", _pageErrors));
    }

    private async Task<IPage> SignedInAsync(string user, string password, string returnUrl)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        page.PageError += (_, error) => _pageErrors.Add($"{user}: {error}");
        await SignInHelper.SignInAsync(page, app.BaseUrl, returnUrl, user, password);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        return page;
    }

    private static async Task SwitchAsync(IPage page, string connection, string region)
    {
        await page.Locator("[data-testid=connection-label]").ClickAsync();
        await page.Locator($"[data-testid=connection-item][data-connection={connection}][data-region={region}]").ClickAsync();
        // The switch reloads this session's page under the new connection.
        await Assertions.Expect(page.Locator("[data-testid=connection-label]")).ToHaveAttributeAsync("data-connection", connection);
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }
}
