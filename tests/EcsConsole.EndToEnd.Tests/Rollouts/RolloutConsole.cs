using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests.Rollouts;

/// <summary>What an operator does on the rollout pages, step by step, so each story reads as the operator's walk.</summary>
internal sealed partial class RolloutConsole(IPage page, string baseUrl)
{
    public IPage Page => page;

    public ILocator Outcome => page.Locator("[data-testid=outcome-chip]").First;

    public async Task OpenServiceAsync(string cluster, string service)
    {
        await SignInHelper.SignInAsync(page, baseUrl, $"/clusters/{cluster}/services/{service}");
        // Prerendered markup ignores clicks; the layout flips this marker once the circuit is live.
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=action-rollout]")).ToBeEnabledAsync();
    }

    /// <summary>Opens "Roll out…" and picks, for the first container, the first listed tag that <paramref name="pick"/> accepts.</summary>
    public async Task ChooseImageAsync(Func<string, string, bool> pick)
    {
        await page.Locator("[data-testid=action-rollout]").ClickAsync();
        var container = page.Locator("[data-testid=rollout-container]").First;
        var now = (await container.Locator(".mono").First.InnerTextAsync()).Replace("now ", "", StringComparison.Ordinal).Trim();
        var currentTag = now[(now.LastIndexOf(':') + 1)..];
        await container.Locator("div.mud-select").First.ClickAsync();
        var items = page.Locator(".mud-popover-open .mud-list-item");
        await items.First.WaitForAsync();
        foreach (var label in await items.AllInnerTextsAsync())
        {
            var tag = label.Split(' ')[0].Trim();
            if (!tag.StartsWith("sha256:", StringComparison.Ordinal) && pick(tag, currentTag))
            {
                await items.Filter(new LocatorFilterOptions { HasTextRegex = new Regex($"^{Regex.Escape(tag)} ") }).First.ClickAsync();
                return;
            }
        }
        throw new InvalidOperationException($"No image tag fits among: {string.Join(" | ", await items.AllInnerTextsAsync())}");
    }

    /// <summary>Asks for the plan: the dialog then shows the diff and the requests.</summary>
    public async Task ReviewAsync()
    {
        await page.Locator("[data-testid=rollout-review]").ClickAsync();
        await page.Locator("[data-testid=rollout-plan]").WaitForAsync();
    }

    /// <summary>Writes the note, types the service name when asked, starts, and lands on the live page.</summary>
    public async Task StartAsync(string note, string? confirmService)
    {
        await page.FillAsync("textarea[data-testid=change-note]", note);
        if (confirmService is not null)
        {
            await page.FillAsync("input[data-testid=change-confirmation]", confirmService);
        }
        await page.Locator("[data-testid=rollout-start]").ClickAsync();
        await page.WaitForURLAsync(DeploymentUrl());
    }

    /// <summary>Opens "Edit strategy…", lets <paramref name="edit"/> change the form, and saves with a note.</summary>
    public async Task EditStrategyAsync(Func<IPage, Task> edit, string note, string? confirmService)
    {
        await page.Locator("[data-testid=action-strategy]").ClickAsync();
        await page.Locator("[data-testid=strategy-kind]").WaitForAsync();
        await edit(page);
        await page.FillAsync("textarea[data-testid=change-note]", note);
        if (confirmService is not null)
        {
            await page.FillAsync("input[data-testid=change-confirmation]", confirmService);
        }
        await page.Locator("[data-testid=strategy-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=strategy-dialog]")).ToHaveCountAsync(0);
    }

    public async Task SelectAsync(string testId, string option)
    {
        await page.Locator($"div.mud-select:has([data-testid={testId}])").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
    }

    public async Task FillNumberAsync(string testId, string value)
    {
        var input = page.Locator($"input[data-testid={testId}]");
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    /// <summary>Confirms the open note dialog (Approve, Roll back, history rollback) with a note and, if asked, the service name.</summary>
    public async Task ConfirmChangeAsync(string note, string? confirmService)
    {
        await page.FillAsync("textarea[data-testid=change-note]", note);
        if (confirmService is not null)
        {
            await page.FillAsync("input[data-testid=change-confirmation]", confirmService);
        }
        await page.Locator("[data-testid=confirm-change]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=confirm-change-dialog]")).ToHaveCountAsync(0);
    }

    public Task ScreenshotAsync(string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath(name), FullPage = true });

    [GeneratedRegex(@"/clusters/[^/]+/services/[^/]+/deployments/[^/?]+$")]
    private static partial Regex DeploymentUrl();
}
