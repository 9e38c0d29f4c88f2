using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Wizards;

/// <summary>An administrator sets up IAM roles with the wizard in a real browser against the app's sandbox.</summary>
public sealed class IamRolesWizardJourneyTests(ConsoleAppFixture app) : IClassFixture<ConsoleAppFixture>, IAsyncLifetime
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
    public async Task IamRolesWizard_Admin_CreatesRolesShowsPlanAndListsTheRun()
    {
        await OpenWizardAsync("reports");
        await FillAsync("tag-value-0", "analytics");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await FillAsync("grant-resource", "arn:aws:dynamodb:eu-west-1:000000000000:table/reports");
        await _page.ClickAsync("[data-testid=grant-add]");
        await Assertions.Expect(_page.Locator("[data-testid=grants]")).ToContainTextAsync("table/reports");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-plan]");

        await Assertions.Expect(_page.Locator("[data-testid=plan-table]")).ToContainTextAsync("iam:CreateRole");
        await Assertions.Expect(_page.Locator("[data-testid=plan-table]")).ToContainTextAsync("dynamodb:GetItem");
        await Assertions.Expect(_page.Locator("[data-testid=plan-existing]").First).ToContainTextAsync("missing");
        await Assertions.Expect(_page.Locator("[data-testid=export-cli]")).ToHaveAttributeAsync("download", "iam-roles.sh");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("wizard-plan"), FullPage = true });
        await _page.ClickAsync("[data-testid=wizard-run]");

        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded");
        await Assertions.Expect(_page.Locator("[data-testid=run-step]")).ToHaveCountAsync(4);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("wizard-run"), FullPage = true });
        await _page.GotoAsync($"{app.BaseUrl}/wizards");
        await Assertions.Expect(_page.Locator("[data-testid=wizard-runs]")).ToContainTextAsync("2 IAM roles for reports");
    }

    [Fact]
    public async Task IamRolesWizard_TakenName_FailsThenResumesAfterTheNameIsFixed()
    {
        await OpenWizardAsync("billing");
        // Taken by ECS's own service-linked role, which trusts another principal: the run must stop there.
        await FillAsync("name-TaskRoleName", "AWSServiceRoleForECS");
        await FillAsync("tag-value-0", "finance");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-plan]");
        await Assertions.Expect(_page.Locator("[data-testid=plan-table]")).ToContainTextAsync("conflict");
        await _page.ClickAsync("[data-testid=wizard-run]");

        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Failed");
        await Assertions.Expect(_page.Locator("[data-testid=run-error]")).ToContainTextAsync("Choose another name");

        await _page.ClickAsync("[data-testid=wizard-edit]");
        await FillAsync("name-TaskRoleName", "billing-task");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-next]");
        await _page.ClickAsync("[data-testid=wizard-plan]");
        await _page.ClickAsync("[data-testid=wizard-resume]");

        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("Succeeded with changes");
        await Assertions.Expect(_page.Locator("[data-testid=run-changes]")).ToContainTextAsync("role AWSServiceRoleForECS) was left out");
        await Assertions.Expect(_page.Locator("[data-testid=run-steps]")).ToContainTextAsync("Superseded");
        await _page.ClickAsync("[data-testid=run-rollback]");
        await Assertions.Expect(_page.Locator("[data-testid=run-state]")).ToHaveTextAsync("RolledBack");
    }

    private async Task OpenWizardAsync(string service)
    {
        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/wizards/iam-roles");
        await _page.Locator("[data-interactive=true]").WaitForAsync();
        await FillAsync("service-name", service);
        await _page.ClickAsync("[data-testid=wizard-next]");
        await Assertions.Expect(_page.Locator("input[data-testid=name-TaskRoleName], [data-testid=name-TaskRoleName] input")).ToHaveValueAsync($"{service}-task");
    }

    private Task FillAsync(string testId, string value) =>
        _page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").FillAsync(value);
}
