using EcsConsole.Core.Logs;
using EcsConsole.Core.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Logs;

public sealed class TaskLogTailTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly LogSource Web = new("web", "/ecs/users", "ecs/web/task1");
    private static readonly LogSource Sidecar = new("envoy", "/ecs/users", "ecs/envoy/task1");

    private readonly FakeTimeProvider _time = new(Start);
    private readonly FakeLogsClient _logs = new();

    private TaskLogTail Tail(int pageSize = 500) => new(_logs, _time, Options.Create(new LogTailOptions
    {
        PollInterval = TimeSpan.FromSeconds(2),
        PageSize = pageSize,
    }));

    [Fact]
    public async Task FollowAsync_FirstRound_ReadsFromHeadPageByPageUntilTheSameTokenComesBack()
    {
        for (var i = 0; i < 5; i++)
        {
            _logs.Write(Web.Stream, Start.AddSeconds(i), $"line {i}");
        }
        using var cancel = new CancellationTokenSource();
        await using var tail = Tail(pageSize: 2).FollowAsync([Web], cancel.Token).GetAsyncEnumerator();

        var batch = await Eventually.NextAsync(tail, "first round");

        Assert.Equal(["line 0", "line 1", "line 2", "line 3", "line 4"], batch.Lines.Select(l => l.Message));
        Assert.True(_logs.Requests[0].StartFromHead);
        Assert.Null(_logs.Requests[0].NextToken);
        Assert.Equal([null, "f/2", "f/4", "f/5"], _logs.Requests.Select(r => r.NextToken));
    }

    [Fact]
    public async Task FollowAsync_LinesWrittenLater_NextRoundYieldsOnlyTheNewOnesFromTheLastToken()
    {
        _logs.Write(Web.Stream, Start, "old");
        using var cancel = new CancellationTokenSource();
        await using var tail = Tail().FollowAsync([Web], cancel.Token).GetAsyncEnumerator();
        await Eventually.NextAsync(tail, "first round");

        _logs.Write(Web.Stream, Start.AddSeconds(3), "new");
        var next = tail.MoveNextAsync().AsTask();
        await Eventually.TrueAsync(() => { _time.Advance(TimeSpan.FromSeconds(2)); return next.IsCompleted; }, "second round");

        Assert.Equal(["new"], tail.Current.Lines.Select(l => l.Message));
        // Round one: head, then the end token; round two starts from that token.
        Assert.Equal("f/1", _logs.Requests[2].NextToken);
    }

    [Fact]
    public async Task FollowAsync_TwoContainers_MergesTheirLinesInTimeOrder()
    {
        _logs.Write(Web.Stream, Start.AddSeconds(1), "web 1");
        _logs.Write(Web.Stream, Start.AddSeconds(3), "web 3");
        _logs.Write(Sidecar.Stream, Start.AddSeconds(2), "envoy 2");
        using var cancel = new CancellationTokenSource();
        await using var tail = Tail().FollowAsync([Web, Sidecar], cancel.Token).GetAsyncEnumerator();

        var batch = await Eventually.NextAsync(tail, "first round");

        Assert.Equal(["web 1", "envoy 2", "web 3"], batch.Lines.Select(l => l.Message));
        Assert.Equal(["web", "envoy", "web"], batch.Lines.Select(l => l.Container));
    }

    [Fact]
    public async Task FollowAsync_StreamNotCreatedYet_FirstRoundIsEmptyWithoutAProblem()
    {
        using var cancel = new CancellationTokenSource();
        await using var tail = Tail().FollowAsync([Web], cancel.Token).GetAsyncEnumerator();

        var batch = await Eventually.NextAsync(tail, "first round");

        Assert.Empty(batch.Lines);
        Assert.Null(batch.Problem);
    }

    [Fact]
    public async Task FollowAsync_StreamAccessDenied_ReportsTheProblemAndKeepsTheOtherStream()
    {
        _logs.Write(Web.Stream, Start, "web works");
        _logs.Write(Sidecar.Stream, Start, "never read");
        _logs.Failure = (Sidecar.Stream, "AccessDeniedException");
        using var cancel = new CancellationTokenSource();
        await using var tail = Tail().FollowAsync([Web, Sidecar], cancel.Token).GetAsyncEnumerator();

        var batch = await Eventually.NextAsync(tail, "first round");

        Assert.Equal(["web works"], batch.Lines.Select(l => l.Message));
        Assert.Contains("GetLogEvents for ecs/envoy/task1", batch.Problem);
        Assert.Contains("AccessDeniedException", batch.Problem);
    }
}
