using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Rollouts;

/// <summary>
/// The rollout stories in a real browser on the sandbox, each on its own service so they do not meet: a rolling deploy that
/// completes step by step, a broken image the circuit breaker rolls back, a canary held at a PAUSE hook until approved, and
/// a blue/green deployment stopped with ROLLBACK.
/// </summary>
public sealed class RolloutStoryTests(RolloutAppFixture app) : IClassFixture<RolloutAppFixture>, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private RolloutConsole _console = null!;

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        _console = new RolloutConsole(page, app.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }

    private IPage Page => _console.Page;

    [Fact]
    public async Task RollingDeploy_NewNewsImage_CompletesStepByStep()
    {
        await _console.OpenServiceAsync("prod", "news");
        await _console.ChooseImageAsync((tag, current) => tag != current && tag is not ("broken" or "latest"));
        await _console.ReviewAsync();
        await Assertions.Expect(Page.Locator("[data-testid=plan-summary]")).ToContainTextAsync("Rolling update");
        await Assertions.Expect(Page.Locator("[data-testid=image-change]")).ToHaveCountAsync(1);
        await _console.ScreenshotAsync("rollout-dialog-review");

        await _console.StartAsync("release the newer news build", confirmService: "news");

        // While it runs: the scale-up step is current and the new revision is still short of its desired count. On a loaded
        // machine the sandbox (30x) may finish before the page first renders; then only the finished steps can be checked.
        await Assertions.Expect(_console.Outcome).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(In progress|Succeeded)$"));
        if (await _console.Outcome.InnerTextAsync() == "In progress")
        {
            await Assertions.Expect(Page.Locator("[data-testid=stage-step][data-stage=SCALE_UP]")).ToHaveAttributeAsync("data-state", new System.Text.RegularExpressions.Regex("^(current|done)$"));
            await _console.ScreenshotAsync("rollout-rolling-in-progress");
        }

        await Assertions.Expect(_console.Outcome).ToHaveTextAsync("Succeeded");
        await Assertions.Expect(Page.Locator("[data-testid=stage-step][data-state=done]")).ToHaveCountAsync(2);
        var target = Page.Locator("[data-testid=revision-target] td");
        await Assertions.Expect(target.Nth(2)).ToHaveTextAsync(await target.Nth(4).InnerTextAsync());
        await Assertions.Expect(Page.Locator("[data-testid=deployment-events]")).ToContainTextAsync("steady state");
        await _console.ScreenshotAsync("rollout-rolling-succeeded");
    }

    [Fact]
    public async Task BrokenImage_CircuitBreakerTrips_RollsBackAndHistorySaysRolledBack()
    {
        await _console.OpenServiceAsync("staging", "news");
        await _console.ChooseImageAsync((tag, _) => tag == "broken");
        await _console.ReviewAsync();
        await _console.StartAsync("try the broken build", confirmService: null);

        await Assertions.Expect(_console.Outcome).ToHaveTextAsync("Rolled back", new() { Timeout = 60_000 });
        await Assertions.Expect(Page.Locator("[data-testid=circuit-breaker]")).ToContainTextAsync("tripped");
        await _console.ScreenshotAsync("rollout-broken-rolled-back");

        await Page.Locator("a", new() { HasText = "Deployments" }).First.ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith("/clusters/staging/services/news/deployments", StringComparison.Ordinal));
        var newest = Page.Locator("[data-testid=deployment-history] tbody tr").First;
        await Assertions.Expect(newest.Locator("[data-testid=outcome-chip]")).ToHaveTextAsync("Rolled back");
        await Assertions.Expect(newest.Locator("[data-testid=history-who]")).ToContainTextAsync("admin (new image): try the broken build");
        await _console.ScreenshotAsync("rollout-history");
    }

    [Fact]
    public async Task CanaryDeploy_UsersWithPauseHook_WaitsUntilApproved()
    {
        await _console.OpenServiceAsync("staging", "users");
        await _console.EditStrategyAsync(async page =>
        {
            await _console.SelectAsync("strategy-kind", "Canary");
            await _console.FillNumberAsync("bake-time", "1");
            await _console.FillNumberAsync("canary-percent", "10");
            await _console.FillNumberAsync("canary-bake", "1");
            await page.Locator("[data-testid=add-hook]").ClickAsync();
        }, "gate the canary behind an approval", confirmService: null);

        await _console.ChooseImageAsync((tag, current) => tag != current && tag is not ("broken" or "latest"));
        await _console.ReviewAsync();
        await Assertions.Expect(Page.Locator("[data-testid=plan-summary]")).ToContainTextAsync("Canary");
        await _console.StartAsync("canary of the newer users build", confirmService: null);

        var hook = Page.Locator("[data-testid=pending-hook]");
        await Assertions.Expect(hook).ToContainTextAsync("Waiting for approval", new() { Timeout = 60_000 });
        await Assertions.Expect(_console.Outcome).ToHaveTextAsync("In progress");
        await _console.ScreenshotAsync("rollout-canary-waiting");
        await Page.Locator("[data-testid=hook-approve]").ClickAsync();
        await _console.ConfirmChangeAsync("test traffic looks fine", confirmService: null);

        await Assertions.Expect(_console.Outcome).ToHaveTextAsync("Succeeded", new() { Timeout = 60_000 });
        await Assertions.Expect(hook).ToHaveCountAsync(0);
        await _console.ScreenshotAsync("rollout-canary-succeeded");
    }

    [Fact]
    public async Task BlueGreenDeploy_StoppedWithRollback_ReturnsTrafficToBlue()
    {
        await _console.OpenServiceAsync("prod", "users");
        await _console.EditStrategyAsync(async page =>
        {
            await _console.SelectAsync("strategy-kind", "Blue/green");
            // A long bake keeps green serving production while the operator decides to stop it.
            await _console.FillNumberAsync("bake-time", "120");
            await Task.CompletedTask;
        }, "blue/green for users", confirmService: "users");

        await _console.ChooseImageAsync((tag, current) => tag != current && tag is not ("broken" or "latest"));
        await _console.ReviewAsync();
        await _console.StartAsync("blue/green of the newer users build", confirmService: "users");

        var production = Page.Locator("[data-testid=production-traffic-value]");
        await Assertions.Expect(production).ToHaveTextAsync("100% on target", new() { Timeout = 60_000 });
        await Assertions.Expect(Page.Locator("[data-testid=bake-remaining]")).ToBeVisibleAsync();
        await _console.ScreenshotAsync("rollout-bluegreen-baking");
        await Page.Locator("[data-testid=deployment-stop]").ClickAsync();
        await Page.Locator("[data-testid=stop-rollback]").ClickAsync();
        await Page.FillAsync("textarea[data-testid=change-note]", "green answers slowly");
        await Page.FillAsync("input[data-testid=change-confirmation]", "users");
        await Page.Locator("[data-testid=stop-confirm]").ClickAsync();

        await Assertions.Expect(_console.Outcome).ToHaveTextAsync("Rolled back", new() { Timeout = 60_000 });
        await Assertions.Expect(production).ToHaveTextAsync("0% on target");
        await _console.ScreenshotAsync("rollout-bluegreen-rolled-back");
    }

    [Fact]
    public async Task History_OneClickRollback_DeploysTheEarlierRevisionAndRecordsWhy()
    {
        await _console.OpenServiceAsync("staging", "blog");
        await Page.Locator("[data-testid=action-history]").ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith("/clusters/staging/services/blog/deployments", StringComparison.Ordinal));
        await Assertions.Expect(Page.Locator("[data-testid=history-running-now]")).ToHaveCountAsync(1);

        await Page.Locator("[data-testid=history-rollback]").First.ClickAsync();
        await _console.ConfirmChangeAsync("back to the last known good blog", confirmService: null);

        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/clusters/staging/services/blog/deployments/[^/]+$"));
        await Assertions.Expect(_console.Outcome).ToHaveTextAsync("Succeeded", new() { Timeout = 60_000 });
        await Page.Locator("a", new() { HasText = "Deployments" }).First.ClickAsync();
        var newest = Page.Locator("[data-testid=deployment-history] tbody tr").First;
        await Assertions.Expect(newest.Locator("[data-testid=history-who]")).ToContainTextAsync("admin (rollback): back to the last known good blog");
        // The history is read once per visit; under CI load the read can land before ECS reports the rollback's final
        // status, so the operator's Refresh button is pressed until it does (bounded), as a person would.
        var runningNow = newest.Locator("[data-testid=history-running-now]");
        for (var attempt = 0; attempt < 15 && await runningNow.CountAsync() == 0; attempt++)
        {
            await Page.WaitForTimeoutAsync(2_000);
            await Page.Locator("[data-testid=history-refresh]").ClickAsync();
        }
        await Assertions.Expect(runningNow).ToHaveCountAsync(1);
        await Assertions.Expect(newest.Locator("[data-testid=history-outcome]")).ToContainTextAsync("Succeeded", new() { IgnoreCase = true });
        await _console.ScreenshotAsync("rollout-history-rollback");
    }
}
