using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Fleet;

public sealed class InventoryMonitorsTests : IAsyncDisposable
{
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Steady = TimeSpan.FromSeconds(15);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
    private readonly FakeServiceReader _reader = new();
    private readonly AwsConnection _connection = new(new AwsConnectionSettings("eu-west-1", null, "http://127.0.0.1:1", new BasicAWSCredentials("k", "s"), "first"));
    private readonly InventoryMonitors _monitors;

    public InventoryMonitorsTests()
    {
        _monitors = new InventoryMonitors(
            _reader,
            new UnusedTaskReader(),
            Options.Create(new ServiceMonitorOptions { FastPollInterval = Fast, SteadyPollInterval = Steady }),
            _connection,
            _time,
            NullLoggerFactory.Instance);
    }

    public async ValueTask DisposeAsync() => await _monitors.DisposeAsync();

    [Fact]
    public async Task WatchService_TwoViewersOfOneService_ShareOneMonitorAndOnePoll()
    {
        await using var first = _monitors.WatchService("prod", "users");
        await using var second = _monitors.WatchService("prod", "users");
        await WaitForPollsAsync(first.Monitor, 1);

        Assert.Same(first.Monitor, second.Monitor);
        Assert.Equal(1, _monitors.ActiveCount);
        Assert.Equal(1, _reader.Reads);
    }

    [Fact]
    public async Task WatchService_LastViewerLeaves_MonitorStopsPolling()
    {
        var first = _monitors.WatchService("prod", "users");
        var second = _monitors.WatchService("prod", "users");
        await WaitForPollsAsync(first.Monitor, 1);

        await first.DisposeAsync();
        Assert.Equal(1, _monitors.ActiveCount);
        await second.DisposeAsync();
        var reads = _reader.Reads;
        _time.Advance(Steady * 3);

        Assert.Equal(0, _monitors.ActiveCount);
        Assert.Equal(reads, _reader.Reads);
    }

    [Fact]
    public async Task Poll_DeploymentInProgress_PollsAtTheFastInterval()
    {
        _reader.Reading = FakeServiceReader.Sample(RolloutState.InProgress, []);
        await using var lease = _monitors.WatchService("prod", "users");
        await WaitForPollsAsync(lease.Monitor, 1);

        var waited = await TimeToNextPollAsync(lease.Monitor);

        Assert.Equal(Fast, lease.Monitor.CurrentInterval);
        Assert.True(waited < Steady, $"waited {waited}");
    }

    [Fact]
    public async Task Poll_ServiceSteady_WaitsTheSteadyInterval()
    {
        await using var lease = _monitors.WatchService("prod", "users");
        await WaitForPollsAsync(lease.Monitor, 1);

        var waited = await TimeToNextPollAsync(lease.Monitor);

        Assert.Equal(Steady, lease.Monitor.CurrentInterval);
        Assert.True(waited >= Steady, $"waited {waited}");
    }

    [Fact]
    public async Task Poll_EcsDropsOldEvents_MonitorKeepsTheHistorySeenWhileWatched()
    {
        var older = new ServiceEventEntry("e1", _time.GetUtcNow(), "(service users) has reached a steady state.");
        var newer = new ServiceEventEntry("e2", _time.GetUtcNow().AddMinutes(1), "(service users) has started 1 tasks.");
        _reader.Reading = FakeServiceReader.Sample(RolloutState.Steady, [older]);
        await using var lease = _monitors.WatchService("prod", "users");
        await WaitForPollsAsync(lease.Monitor, 1);

        _reader.Reading = FakeServiceReader.Sample(RolloutState.Steady, [newer]);
        await TimeToNextPollAsync(lease.Monitor);

        var events = lease.Monitor.SubscribeEvents(CancellationToken.None).InitialState;
        Assert.Equal(["e1", "e2"], events.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task Poll_ConnectionSwitches_PublishedDetailIsClearedUntilTheNextPoll()
    {
        await using var lease = _monitors.WatchService("prod", "users");
        await WaitForPollsAsync(lease.Monitor, 1);
        Assert.Single(lease.Monitor.SubscribeDetail(CancellationToken.None).InitialState);
        _reader.Reading = FakeServiceReader.Sample(RolloutState.Failed, []);

        _connection.Switch(new AwsConnectionSettings("us-east-1", null, "http://127.0.0.1:2", new BasicAWSCredentials("k", "s"), "second"));

        await Eventually.TrueAsync(
            () => lease.Monitor.SubscribeDetail(CancellationToken.None).InitialState.SingleOrDefault()?.Rollout == RolloutState.Failed,
            "detail read again on the new connection");
    }

    [Fact]
    public async Task Poll_TasksUnreadOnALaterPoll_KeepsTheTasksLastReadAndPublishesTheSectionProblem()
    {
        var task = new TaskSummary(
            "arn:aws:ecs:eu-west-1:000000000000:task/prod/t1", "t1", "prod", "service:users", "users:4", "RUNNING", "RUNNING",
            "HEALTHY", null, null, "10.0.0.1", "eu-west-1a", "EC2", _time.GetUtcNow(), null, ValueList<ContainerSummary>.Empty, TaskSource.Ecs);
        _reader.Reading = FakeServiceReader.Sample(RolloutState.Steady, [], task);
        await using var lease = _monitors.WatchService("prod", "users");
        await WaitForPollsAsync(lease.Monitor, 1);
        var unread = FakeServiceReader.Sample(RolloutState.Steady, []);
        var problem = new SectionProblem(SectionProblem.Tasks, "DescribeTasks in cluster prod failed: the answer could not be read.");
        _reader.Reading = unread with
        {
            Tasks = null,
            Detail = unread.Detail with { Configuration = unread.Detail.Configuration with { Problems = new([problem]) } },
        };

        await TimeToNextPollAsync(lease.Monitor);

        Assert.Equal(["t1"], lease.Monitor.SubscribeTasks(CancellationToken.None).InitialState.Select(t => t.Id));
        var detail = Assert.Single(lease.Monitor.SubscribeDetail(CancellationToken.None).InitialState);
        Assert.Equal(problem, detail.Configuration.ProblemFor(SectionProblem.Tasks));
        Assert.Null(lease.Monitor.Status.LastError);
    }

    // Advances the fake clock a second at a time until the next poll lands; returns how much fake time that took.
    private async Task<TimeSpan> TimeToNextPollAsync(IServiceMonitor monitor)
    {
        var polled = (PolledMonitor)monitor;
        var next = polled.PollCount + 1;
        var started = _time.GetUtcNow();
        await Eventually.TrueAsync(() =>
        {
            if (polled.PollCount >= next)
            {
                return true;
            }
            _time.Advance(TimeSpan.FromSeconds(1));
            return false;
        }, $"poll {next}", TimeSpan.FromSeconds(20));
        return _time.GetUtcNow() - started;
    }

    private static Task WaitForPollsAsync(IServiceMonitor monitor, int count) =>
        Eventually.TrueAsync(() => ((PolledMonitor)monitor).PollCount >= count, $"{count} polls");

    private sealed class UnusedTaskReader : ITaskReader
    {
        public Task<TaskDetail?> ReadAsync(string cluster, string taskId, CancellationToken cancellationToken) =>
            throw new NotSupportedException("These tests watch services only.");
    }
}
