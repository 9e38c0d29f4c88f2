using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Tests.Support;

namespace EcsConsole.Core.Tests.Fleet;

public sealed class FleetMonitorTests : IAsyncLifetime
{
    private readonly FakeEcsClient _ecs = new();
    private MonitorHarness _harness = null!;

    public Task InitializeAsync()
    {
        _ecs.AddCluster("prod", runningTasks: 4);
        _ecs.AddService("prod", "users");
        _ecs.AddService("prod", "news");
        _harness = new MonitorHarness(new Core.Fleet.EcsFleetReader(_ecs));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task StartAsync_FirstPoll_PublishesClustersAndServicesAndRefreshTime()
    {
        await _harness.StartAsync();

        var clusters = _harness.Monitor.SubscribeClusters(CancellationToken.None);
        var services = _harness.Monitor.SubscribeServices("prod", CancellationToken.None);
        Assert.Equal(["prod"], clusters.InitialState.Select(c => c.Name));
        Assert.Equal(["news", "users"], services.InitialState.Select(s => s.Name).Order());
        Assert.Equal(_harness.Time.GetUtcNow(), _harness.Monitor.Status.LastRefreshed);
        Assert.Null(_harness.Monitor.Status.LastError);
    }

    [Fact]
    public async Task NextPoll_RunningCountChanged_SubscriberReceivesUpdatedService()
    {
        await _harness.StartAsync();
        var services = _harness.Monitor.SubscribeServices("prod", CancellationToken.None);
        await using var stream = services.Changes.GetAsyncEnumerator();

        _ecs.ReplaceService("prod", "users", s => s with { RunningCount = 1 });
        await _harness.NextPollAsync();

        var batch = await Eventually.NextAsync(stream, "users update");
        var change = Assert.Single(batch);
        Assert.Equal((ChangeKind.Updated, "users", 1), (change.Kind, change.Item.Name, change.Item.Running));
    }

    [Fact]
    public async Task NextPoll_NothingChanged_PublishesNoBatch()
    {
        await _harness.StartAsync();
        var clusters = _harness.Monitor.SubscribeClusters(CancellationToken.None);
        await using var stream = clusters.Changes.GetAsyncEnumerator();
        var next = stream.MoveNextAsync().AsTask();

        await _harness.NextPollAsync();
        _ecs.AddCluster("staging");
        await _harness.NextPollAsync();

        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal([(ChangeKind.Added, "staging")], stream.Current.Select(c => (c.Kind, c.Item.Name)));
    }

    [Fact]
    public async Task Poll_AwsDeniesCall_LastErrorExplainsAndDataIsKept()
    {
        await _harness.StartAsync();
        var refreshed = _harness.Monitor.Status.LastRefreshed;

        _ecs.FailOperation = "DescribeServices";
        await _harness.NextPollAsync();

        var problem = _harness.Monitor.Status.LastError;
        Assert.NotNull(problem);
        Assert.Equal("DescribeServices for cluster prod", problem.What);
        Assert.Equal("AccessDeniedException", problem.Code);
        Assert.Contains("ecs:DescribeServices", problem.Message);
        Assert.Contains("permission", problem.Advice);
        Assert.Equal(refreshed, _harness.Monitor.Status.LastRefreshed);
        Assert.Single(_harness.Monitor.SubscribeClusters(CancellationToken.None).InitialState);
    }

    [Fact]
    public async Task Poll_RecoversAfterError_ClearsLastError()
    {
        _ecs.FailOperation = "ListClusters";
        await _harness.StartAsync();
        Assert.NotNull(_harness.Monitor.Status.LastError);

        _ecs.FailOperation = null;
        await _harness.NextPollAsync();

        Assert.Null(_harness.Monitor.Status.LastError);
    }

    [Fact]
    public async Task ConnectionSwitch_WhilePolling_ClearsFleetAndPollsNewConnection()
    {
        await _harness.StartAsync();
        var clusters = _harness.Monitor.SubscribeClusters(CancellationToken.None);
        await using var stream = clusters.Changes.GetAsyncEnumerator();
        var polls = _harness.Monitor.PollCount;
        _ecs.Clusters.Clear();
        _ecs.AddCluster("other-account");

        _harness.Connection.Switch(MonitorHarness.Settings("second"));

        await _harness.WaitForPollsAsync(polls + 1);
        var seen = new List<Change<ClusterSummary>>();
        while (!seen.Any(c => c.Kind == ChangeKind.Added && c.Item.Name == "other-account"))
        {
            seen.AddRange(await Eventually.NextAsync(stream, "changes after switch"));
            _harness.Time.Advance(TimeSpan.FromMilliseconds(150));
        }
        Assert.Contains(seen, c => c.Kind == ChangeKind.Removed && c.Item.Name == "prod");
        Assert.Equal(["other-account"], _harness.Monitor.SubscribeClusters(CancellationToken.None).InitialState.Select(c => c.Name));
    }

    [Fact]
    public async Task FirstPoll_ReadStillRunning_PublishesTheClustersAndTheBatchesReadSoFar()
    {
        var reader = new StagedReader();
        await using var harness = new MonitorHarness(reader);
        await harness.Monitor.StartAsync(CancellationToken.None);
        await reader.FirstBatchTold.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var clusters = harness.Monitor.SubscribeClusters(CancellationToken.None);
        var services = harness.Monitor.SubscribeServices("prod", CancellationToken.None);

        Assert.Equal(0, harness.Monitor.PollCount);
        Assert.Equal(["prod"], clusters.InitialState.Select(c => c.Name));
        Assert.Equal(["users"], services.InitialState.Select(s => s.Name));
        reader.Finish.SetResult();
        await harness.WaitForPollsAsync(1);
        Assert.Equal(["news", "users"], harness.Monitor.SubscribeServices("prod", CancellationToken.None).InitialState.Select(s => s.Name).Order());
    }

    [Fact]
    public async Task NextPoll_ServiceGone_StaysUntilTheWholeReadIsPublished()
    {
        var reader = new StagedReader();
        await using var harness = new MonitorHarness(reader);
        reader.Finish.SetResult();
        await harness.StartAsync();
        reader.Reset();

        reader.ServicesAtEnd = ["users"];
        var next = harness.NextPollAsync();
        await reader.FirstBatchTold.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["news", "users"], harness.Monitor.SubscribeServices("prod", CancellationToken.None).InitialState.Select(s => s.Name).Order());
        reader.Finish.SetResult();
        await next;

        Assert.Equal(["users"], harness.Monitor.SubscribeServices("prod", CancellationToken.None).InitialState.Select(s => s.Name));
    }

    [Fact]
    public async Task Start_FleetKeptInTheStore_ShowsItWithItsAgeUntilTheFreshReadReplacesIt()
    {
        var reader = new StagedReader();
        var kept = new InMemoryKeptSnapshots();
        var keptAt = new DateTimeOffset(2026, 11, 27, 9, 58, 0, TimeSpan.Zero);
        var key = Core.Fleet.FleetMonitor.SnapshotKey(MonitorHarness.Settings("first"));
        kept.Rows[key] = new Core.Fleet.KeptFleetSnapshot(await reader.ReadWholeAsync(["users", "news", "old"]), keptAt);
        await using var harness = new MonitorHarness(reader, kept: kept);

        await harness.Monitor.StartAsync(CancellationToken.None);
        await reader.FirstBatchTold.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(keptAt, harness.Monitor.Status.KeptSnapshotReadAt);
        Assert.Equal(["news", "old", "users"], harness.Monitor.SubscribeServices("prod", CancellationToken.None).InitialState.Select(s => s.Name).Order());
        reader.Finish.SetResult();
        await harness.WaitForPollsAsync(1);
        Assert.Null(harness.Monitor.Status.KeptSnapshotReadAt);
        Assert.Equal(["news", "users"], harness.Monitor.SubscribeServices("prod", CancellationToken.None).InitialState.Select(s => s.Name).Order());
        var saved = Assert.Single(kept.Saves);
        Assert.Equal((key, true, 2), (saved.Key, saved.Changed, saved.Snapshot.ServicesByCluster["prod"].Length));
    }

    [Fact]
    public async Task NextPoll_NothingChanged_KeepsTheSnapshotAsUnchanged()
    {
        var kept = new InMemoryKeptSnapshots();
        await using var harness = new MonitorHarness(new Core.Fleet.EcsFleetReader(_ecs), kept: kept);
        await harness.StartAsync();

        await harness.NextPollAsync();
        await Eventually.TrueAsync(() => kept.Saves.Count == 2, "two saves");

        Assert.Equal([true, false], kept.Saves.Select(s => s.Changed));
    }

    private sealed class InMemoryKeptSnapshots : Core.Fleet.IFleetSnapshotStore
    {
        public Dictionary<string, Core.Fleet.KeptFleetSnapshot> Rows { get; } = [];

        public System.Collections.Concurrent.ConcurrentQueue<(string Key, Core.Fleet.FleetSnapshot Snapshot, bool Changed)> Saves { get; } = new();

        public Task<Core.Fleet.KeptFleetSnapshot?> LoadAsync(string connectionKey, CancellationToken cancellationToken) =>
            Task.FromResult(Rows.GetValueOrDefault(connectionKey));

        public Task SaveAsync(string connectionKey, Core.Fleet.FleetSnapshot snapshot, DateTimeOffset readAt, bool changed, CancellationToken cancellationToken)
        {
            Saves.Enqueue((connectionKey, snapshot, changed));
            return Task.CompletedTask;
        }
    }

    /// <summary>Tells the clusters and one batch (users), then waits for the test before returning the whole read.</summary>
    private sealed class StagedReader : Core.Fleet.IFleetReader
    {
        private static readonly ClusterSummary Prod = new FakeEcsClient().AddCluster("prod").ToSummary();

        public TaskCompletionSource FirstBatchTold { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Finish { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string[] ServicesAtEnd { get; set; } = ["users", "news"];

        public void Reset()
        {
            FirstBatchTold = new(TaskCreationOptions.RunContinuationsAsynchronously);
            Finish = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public Task<Core.Fleet.FleetSnapshot> ReadAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("the monitor reads with progress");

        public async Task<Core.Fleet.FleetSnapshot> ReadAsync(Core.Fleet.IFleetReadProgress progress, CancellationToken cancellationToken)
        {
            progress.ClustersRead([Prod]);
            await progress.ServicesReadAsync("prod", [Service("users")], cancellationToken);
            FirstBatchTold.TrySetResult();
            await Finish.Task.WaitAsync(cancellationToken);
            return await ReadWholeAsync(ServicesAtEnd);
        }

        public Task<Core.Fleet.FleetSnapshot> ReadWholeAsync(string[] services) =>
            Task.FromResult(new Core.Fleet.FleetSnapshot(
                [Prod],
                System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<ServiceSummary>>.Empty
                    .Add("prod", [.. services.Select(Service)])));

        private static ServiceSummary Service(string name)
        {
            var ecs = new FakeEcsClient();
            ecs.AddCluster("prod");
            return ecs.AddService("prod", name).ToSummary("prod");
        }
    }
}
