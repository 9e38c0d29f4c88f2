using System.Runtime.CompilerServices;
using Bunit;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Logs;
using EcsConsole.Web.Components.Pages;
using EcsConsole.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EcsConsole.Web.Tests.Pages;

public sealed class TaskPageTests : ConsoleComponentTest
{
    private readonly FakeInventoryMonitors _monitors = new();
    private readonly ScriptedLogTail _tail = new();

    public TaskPageTests()
    {
        Context.Services.AddSingleton<IInventoryMonitors>(_monitors);
        Context.Services.AddSingleton<ITaskLogTail>(_tail);
        Context.Services.AddSingleton<ITaskLogSearch>(new NoSearch());
    }

    private IRenderedComponent<TaskPage> RenderTask()
    {
        Context.Render<MudPopoverProvider>();
        return Context.Render<TaskPage>(p => p.Add(c => c.ClusterName, "prod").Add(c => c.TaskId, "task1"));
    }

    [Fact]
    public void Render_TaskWithAwslogsContainers_ShowsContainersAndTheCombinedTail()
    {
        _monitors.Task.Publish(InventorySamples.TaskDetail(
            new LogSource("users", "/ecs/users", "ecs/users/task1"), new LogSource("envoy", "/ecs/users", "ecs/envoy/task1")));
        _tail.Batches.Add(new LogTailBatch([
            new LogLine(InventorySamples.At, "users", "Now listening on: http://0.0.0.0:8080", 0),
            new LogLine(InventorySamples.At.AddSeconds(1), "envoy", "upstream ready", 0),
        ], null));

        var page = RenderTask();

        Assert.Contains("repo/users:1.4.1", page.Find("[data-testid=containers]").TextContent);
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=log-line]").Count));
        Assert.Contains("envoy", page.FindAll("[data-testid=log-line]")[1].TextContent);
        Assert.Equal(["ecs/users/task1", "ecs/envoy/task1"], _tail.FollowedStreams);
    }

    [Fact]
    public void Render_NoAwslogsContainer_SaysWhyThereAreNoLogs()
    {
        _monitors.Task.Publish(InventorySamples.TaskDetail());

        var page = RenderTask();

        Assert.Contains("awslogs", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=log-lines]"));
    }

    [Fact]
    public void Render_TaskUnknown_SaysEcsForgotIt()
    {
        _monitors.Task.NotFound = true;

        var page = RenderTask();

        Assert.Contains("not known in cluster", page.Find("[data-testid=task-missing]").TextContent);
    }

    /// <summary>Yields the batches the test scripted, then waits like a tail with nothing new.</summary>
    private sealed class ScriptedLogTail : ITaskLogTail
    {
        public List<LogTailBatch> Batches { get; } = [];

        public List<string> FollowedStreams { get; } = [];

        public async IAsyncEnumerable<LogTailBatch> FollowAsync(IReadOnlyList<LogSource> sources, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            FollowedStreams.AddRange(sources.Select(s => s.Stream));
            foreach (var batch in Batches)
            {
                yield return batch;
            }
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    private sealed class NoSearch : ITaskLogSearch
    {
        public Task<LogSearchResult> SearchAsync(IReadOnlyList<LogSource> sources, string searchText, CancellationToken cancellationToken) =>
            throw new NotSupportedException("These tests do not search.");
    }
}
