using EcsConsole.Core.Logs;
using EcsConsole.Web.Model;

namespace EcsConsole.Web.Tests.Model;

public sealed class TaskLogViewModelTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private static TaskLogViewModel Model() =>
        new([new LogSource("web", "/ecs/users", "ecs/web/t1"), new LogSource("envoy", "/ecs/users", "ecs/envoy/t1")]);

    private static LogLine Line(int second, string container, string message, long sequence = 0) =>
        new(Start.AddSeconds(second), container, message, sequence);

    [Fact]
    public void Apply_BatchOlderThanShownLines_InsertsInTimeOrder()
    {
        var model = Model();
        model.Apply(new LogTailBatch([Line(1, "web", "a"), Line(5, "web", "c")], null));

        model.Apply(new LogTailBatch([Line(3, "envoy", "b")], null));

        Assert.Equal(["a", "b", "c"], model.Visible.Select(l => l.Message));
    }

    [Fact]
    public void Apply_WhilePaused_LinesWaitAndJoinOnResume()
    {
        var model = Model();
        model.Apply(new LogTailBatch([Line(1, "web", "a")], null));
        model.Pause();

        model.Apply(new LogTailBatch([Line(2, "web", "b"), Line(3, "web", "c")], null));

        Assert.Equal(["a"], model.Visible.Select(l => l.Message));
        Assert.Equal(2, model.Waiting);
        model.Resume();
        Assert.Equal(["a", "b", "c"], model.Visible.Select(l => l.Message));
        Assert.Equal(0, model.Waiting);
    }

    [Fact]
    public void Visible_ContainerHidden_LeavesItsLinesOut()
    {
        var model = Model();
        model.Apply(new LogTailBatch([Line(1, "web", "a"), Line(2, "envoy", "b")], null));

        model.SetShown("envoy", false);

        Assert.Equal(["a"], model.Visible.Select(l => l.Message));
    }

    [Fact]
    public void Visible_SearchActive_ShowsTheMatchesUntilCleared()
    {
        var model = Model();
        model.Apply(new LogTailBatch([Line(1, "web", "a"), Line(2, "web", "ERROR b")], null));

        model.ShowSearch("ERROR", new LogSearchResult([Line(2, "web", "ERROR b")], false));

        Assert.Equal(["ERROR b"], model.Visible.Select(l => l.Message));
        model.ClearSearch();
        Assert.Equal(2, model.Visible.Count);
    }

    [Fact]
    public void Apply_MoreThanTheKeptLines_DropsTheOldest()
    {
        var model = Model();

        model.Apply(new LogTailBatch([.. Enumerable.Range(0, TaskLogViewModel.MaxLines + 10).Select(i => Line(i, "web", $"line {i}", i))], null));

        Assert.Equal(TaskLogViewModel.MaxLines, model.TotalLines);
        Assert.Equal(TaskLogViewModel.MaxShown, model.Visible.Count);
        Assert.Equal($"line {TaskLogViewModel.MaxLines + 9}", model.Visible[^1].Message);
    }

    [Fact]
    public void ColorOf_EachContainer_GetsItsOwnColor() =>
        Assert.NotEqual(Model().ColorOf("web"), Model().ColorOf("envoy"));
}
