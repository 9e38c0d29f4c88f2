using EcsConsole.Aws.Ecs;
using EcsConsole.Core.History;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EcsConsole.EndToEnd.Tests;

/// <summary>A task stopped more than an hour of sandbox time ago, forgotten by ECS, still shows on its service's page.</summary>
public sealed class StoppedTaskHistoryTests(FastClockAppFixture app) : IClassFixture<FastClockAppFixture>, IAsyncLifetime
{
    private const string Reason = "Stopped by the end-to-end test";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await BrowserSession.LaunchAsync();
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        _page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }

    [Fact]
    public async Task ServicePage_TaskStoppedOverAnHourAgo_StillShowsArchivedWithItsReason()
    {
        var ecs = app.Services.GetRequiredService<IEcsClient>();
        var archive = app.Services.GetRequiredService<IStoppedTaskArchive>();
        var taskArn = await FirstAsync(ecs.ListTasksAsync(new ListTasksRequest { Cluster = "prod", ServiceName = "users" }));
        var taskId = taskArn[(taskArn.LastIndexOf('/') + 1)..];

        app.Sandbox.Engine.Ecs.StopTask("prod", taskArn, Reason);
        await WaitUntilAsync(async () => (await archive.GetStoppedTasksAsync("prod", "users", null, 500)).Any(t => t.TaskArn == taskArn), "the archive keeps the stopped task");
        await WaitUntilAsync(async () =>
            (await ecs.DescribeTasksAsync(new DescribeTasksRequest { Cluster = "prod", Tasks = [taskArn] })).Tasks is not { Count: > 0 }, "ECS forgets the task");

        await SignInHelper.SignInAsync(_page, app.BaseUrl, "/clusters/prod/services/users");
        var row = _page.Locator("[data-testid=stopped-tasks] tr").Filter(new LocatorFilterOptions { HasText = taskId[..12] });
        await Assertions.Expect(row).ToContainTextAsync(Reason);
        await Assertions.Expect(row).ToContainTextAsync("archived");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ScreenshotPath("service-archived-task"), FullPage = true });
    }

    private static async Task<string> FirstAsync(IAsyncEnumerable<string> items)
    {
        await foreach (var item in items)
        {
            return item;
        }
        throw new InvalidOperationException("The sandbox runs no users task in prod.");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(250);
        }
    }
}
