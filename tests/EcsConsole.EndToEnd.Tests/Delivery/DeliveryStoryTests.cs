using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Delivery;

/// <summary>
/// Continuous delivery in a real browser on the sandbox: an Admin saves a policy and a webhook in the pages, an image is
/// pushed with `aws ecr put-image`, and the rollout starts by itself, ends, and shows in the delivery view and at the
/// webhook receiver; with approval on it waits for an Operator's Approve; a broken image rolls back and the notification
/// says so. Each story uses its own service so they do not meet.
/// </summary>
public sealed class DeliveryStoryTests(DeliveryAppFixture app) : IClassFixture<DeliveryAppFixture>, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        _page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/delivery");
        await AddWebhookOnceAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    private SandboxAwsCli Cli => new(app.Sandbox.Url);

    [Fact]
    public async Task Policy_NewVersionPushedWithAwsCli_RolloutStartsByItselfAndCompletes()
    {
        await SavePolicyAsync("news-v", "staging", "news", "v*");

        var digest = await Cli.PutImageAsync("news", "latest", "v1.5.0");

        await OpenAsync("/delivery/staging/news");
        var row = _page.Locator("[data-testid=delivery-timeline] tbody tr", new() { HasText = "v1.5.0" });
        await Assertions.Expect(row.Locator("[data-testid=delivery-outcome]")).ToHaveTextAsync("succeeded", new() { Timeout = 90_000 });
        await Assertions.Expect(row).ToContainTextAsync("policy:news-v");
        await Assertions.Expect(row.Locator("[data-testid=deployment-link]")).ToBeVisibleAsync();
        await _page.ScreenshotAsync(new() { Path = BrowserSession.ScreenshotPath("delivery-timeline-succeeded"), FullPage = true });
        var events = await EventsForAsync("v1.5.0", "rollout.succeeded");
        Assert.Equal(["rollout.started", "rollout.succeeded"], events.Select(e => e["event"]!.GetValue<string>()));
        Assert.All(events, e => Assert.Equal(digest, e["imageDigest"]!.GetValue<string>()));
        Assert.All(events, e => Assert.Equal("policy:news-v", e["actor"]!.GetValue<string>()));
        Assert.StartsWith("http://console.test/clusters/staging/services/news/deployments/", events[0]["deploymentUrl"]!.GetValue<string>(), StringComparison.Ordinal);

        // Deliveries deploy by digest; the overview names a digest by its highest version tag (latest also carries 2.3.1
        // here, pushed again as v1.5.0), so staging's row shows the digest that was deployed.
        await OpenAsync("/delivery");
        await Assertions.Expect(_page.Locator("[data-testid=delivery-overview]")).ToContainTextAsync(digest[..19]);
        await _page.ScreenshotAsync(new() { Path = BrowserSession.ScreenshotPath("delivery-overview"), FullPage = true });
    }

    [Fact]
    public async Task PolicyWithApproval_PushedVersion_WaitsUntilAnOperatorApproves()
    {
        await SavePolicyAsync("blog-prod", "prod", "blog", ">=5.0.0 <6", approval: true, confirm: "blog");

        await Cli.PutImageAsync("blog", "latest", "5.0.0");

        await OpenAsync("/delivery");
        var waiting = _page.Locator("[data-testid=pending-approvals] tbody tr", new() { HasText = "5.0.0" });
        await Assertions.Expect(waiting.Locator("[data-testid=approve]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await EventsForAsync("5.0.0", "rollout.awaiting_approval");
        Assert.DoesNotContain(await EventsAsync("5.0.0"), e => e["event"]!.GetValue<string>() == "rollout.started");
        await _page.ScreenshotAsync(new() { Path = BrowserSession.ScreenshotPath("delivery-awaiting-approval"), FullPage = true });

        await waiting.Locator("[data-testid=approve]").ClickAsync();
        await _page.FillAsync("input[data-testid=change-confirmation]", "blog");
        await _page.Locator("[data-testid=confirm-change]").ClickAsync();

        await OpenAsync("/delivery/prod/blog");
        var row = _page.Locator("[data-testid=delivery-timeline] tbody tr", new() { HasText = "5.0.0" });
        await Assertions.Expect(row.Locator("[data-testid=delivery-outcome]")).ToHaveTextAsync("succeeded", new() { Timeout = 90_000 });
        await Assertions.Expect(row).ToContainTextAsync("approved by admin");
    }

    [Fact]
    public async Task Policy_BrokenImagePushedUnderMatchingTag_RollsBackAndNotificationSaysSo()
    {
        await SavePolicyAsync("users-v", "staging", "users", "v*");

        await Cli.PutImageAsync("users", "broken", "v9.0.0");

        await OpenAsync("/delivery/staging/users");
        var row = _page.Locator("[data-testid=delivery-timeline] tbody tr", new() { HasText = "v9.0.0" });
        await Assertions.Expect(row.Locator("[data-testid=delivery-outcome]")).ToHaveTextAsync("rolled back", new() { Timeout = 120_000 });
        await _page.ScreenshotAsync(new() { Path = BrowserSession.ScreenshotPath("delivery-rolled-back"), FullPage = true });
        var events = await EventsForAsync("v9.0.0", "rollout.rolled_back");
        Assert.Equal("rollout.rolled_back", events[^1]["event"]!.GetValue<string>());
        Assert.Equal("users", events[^1]["service"]!.GetValue<string>());
    }

    [Fact]
    public async Task Promotion_StagingDigestToProd_StartsAsTheOperatorAndShowsInTheTimeline()
    {
        await OpenAsync("/delivery");
        var market = _page.Locator("[data-testid=delivery-overview] tbody tr", new() { HasText = "market" });
        await market.Locator("[data-testid=promote]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=confirm-change-dialog]")).ToContainTextAsync("@sha256:");
        await _page.FillAsync("textarea[data-testid=change-note]", "staging soaked for a day");
        await _page.FillAsync("input[data-testid=change-confirmation]", "market");
        await _page.Locator("[data-testid=confirm-change]").ClickAsync();
        // The dialog closes once ECS accepted the rollout and the console recorded it.
        await Assertions.Expect(_page.Locator("[data-testid=confirm-change-dialog]")).ToHaveCountAsync(0);

        await OpenAsync("/delivery/prod/market");
        var row = _page.Locator("[data-testid=delivery-timeline] tbody tr").First;
        await Assertions.Expect(row.Locator("[data-testid=delivery-outcome]")).ToHaveTextAsync("succeeded", new() { Timeout = 90_000 });
        await Assertions.Expect(row).ToContainTextAsync("admin");
        await Assertions.Expect(row).ToContainTextAsync("staging soaked for a day");
    }

    [Fact]
    public async Task PushNewVersion_OnTheRepositoryPage_TagAppearsInEcr()
    {
        await OpenAsync("/ecr/market");
        await _page.FillAsync("input[data-testid=push-new-tag]", "m-2026-11-27");
        await _page.Locator("[data-testid=push-image]").ClickAsync();

        await Assertions.Expect(_page.Locator("[data-testid=images-table]")).ToContainTextAsync("m-2026-11-27");
        var tagged = app.Sandbox.Engine.Read(s => s.FindRepository("market")!.FindByTag("m-2026-11-27")?.Digest);
        Assert.NotNull(tagged);
    }

    private async Task OpenAsync(string path)
    {
        await _page.GotoAsync(app.BaseUrl + path);
        await _page.Locator("[data-interactive=true]").WaitForAsync();
    }

    private async Task SavePolicyAsync(string name, string cluster, string service, string pattern, bool approval = false, string? confirm = null)
    {
        await OpenAsync($"/delivery/policies/new?cluster={cluster}&service={service}");
        await _page.FillAsync("input[data-testid=policy-name]", name);
        await _page.FillAsync("input[data-testid=policy-pattern]", pattern);
        if (approval)
        {
            await _page.GetByText("Require an Operator's approval").ClickAsync();
        }

        if (confirm is not null)
        {
            await _page.FillAsync("input[data-testid=policy-confirmation]", confirm);
        }

        await _page.Locator("[data-testid=save-policy]").ClickAsync();
        await _page.WaitForURLAsync(url => url.EndsWith("/delivery", StringComparison.Ordinal));
        await Assertions.Expect(_page.Locator("[data-testid=policies-table]")).ToContainTextAsync(name);
    }

    private async Task AddWebhookOnceAsync()
    {
        await OpenAsync("/admin/webhooks");
        // The page masks a webhook's path and query (a Slack URL is a secret): only scheme, host and port show.
        var shown = new Uri(app.ReceiverUrl).GetLeftPart(UriPartial.Authority);
        if (await _page.Locator("[data-testid=webhooks-table]").InnerTextAsync() is { } table && table.Contains(shown, StringComparison.Ordinal))
        {
            return;
        }

        await _page.FillAsync("input[data-testid=webhook-name]", "receiver");
        await _page.FillAsync("input[data-testid=webhook-url]", app.ReceiverUrl);
        await _page.Locator("[data-testid=add-webhook]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=webhooks-table]")).ToContainTextAsync(shown);
        await Assertions.Expect(_page.Locator("[data-testid=webhooks-table]")).Not.ToContainTextAsync(app.ReceiverUrl);
    }

    private Task<List<JsonNode>> EventsAsync(string tag) =>
        Task.FromResult(app.Received.Select(b => JsonNode.Parse(b)!).Where(e => e["imageTag"]?.GetValue<string>() == tag).ToList());

    /// <summary>The receiver's bodies for <paramref name="tag"/> once one of them is <paramref name="awaited"/> (polled, bounded).</summary>
    private async Task<List<JsonNode>> EventsForAsync(string tag, string awaited)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var events = await EventsAsync(tag);
            if (events.Any(e => e["event"]!.GetValue<string>() == awaited))
            {
                return events;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The webhook receiver never got {awaited} for {tag}; it got: {string.Join(", ", events.Select(e => e["event"]))}");
            await Task.Delay(200);
        }
    }
}
