using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Wizards;

/// <summary>An administrator creates clusters with the cluster wizard in a real browser against the app's sandbox.</summary>
public sealed class ClusterWizardJourneyTests(ConsoleAppFixture app) : IClassFixture<ConsoleAppFixture>, IAsyncLifetime
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
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    [Fact]
    public async Task ClusterWizard_FargateFromTheClustersPage_CreatedAndListedInTheInventory()
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/clusters");
        await _page.ClickAsync("[data-testid=create-cluster]");
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        await FillAsync("cluster-name", "analytics");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await FillAsync("fargate-spot-weight", "2");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await FillAsync("cluster-tag-value-0", "data");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-plan]");

        await Assertions.Expect(_page.Locator("[data-testid=plan-table]")).ToContainTextAsync("ecs:CreateCluster");
        await Assertions.Expect(_page.Locator("[data-testid=plan-table]")).ToContainTextAsync("FARGATE_SPOT");
        await Assertions.Expect(_page.Locator("[data-testid=plan-existing]").First).ToContainTextAsync("missing");
        await _page.ClickAsync("[data-testid=wizard-run]");

        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("cluster-wizard-run"), FullPage = true });
        await _page.ClickAsync("[data-testid=open-cluster]");
        await _page.WaitForURLAsync("**/clusters/analytics");
        await _page.GotoAsync($"{app.BaseUrl}/clusters");
        await Assertions.Expect(_page.Locator("[data-testid=clusters-table]")).ToContainTextAsync("analytics");
    }

    [Fact]
    public async Task ClusterWizard_NameOfARunningCluster_FailsThenResumesAfterTheNameIsFixedAndRollsBack()
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/wizards/cluster");
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        await FillAsync("cluster-name", "staging");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-plan]");
        await _page.ClickAsync("[data-testid=wizard-run]");

        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Failed");
        await Assertions.Expect(_page.Locator("[data-testid=run-error]")).ToContainTextAsync("Choose another cluster name");

        await _page.ClickAsync("[data-testid=wizard-edit]");
        await FillAsync("cluster-name", "staging-two");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-plan]");
        await _page.ClickAsync("[data-testid=wizard-resume]");

        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded with changes");
        await _page.ClickAsync("[data-testid=run-rollback]");
        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("RolledBack");
        await _page.GotoAsync($"{app.BaseUrl}/clusters");
        await Assertions.Expect(_page.Locator("[data-testid=clusters-table]")).ToContainTextAsync("staging");
        await Assertions.Expect(_page.Locator("[data-testid=cluster-link]", new PageLocatorOptions { HasTextString = "staging-two" })).ToHaveCountAsync(0);
    }

    private Task FillAsync(string testId, string value) =>
        _page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").FillAsync(value);
}
