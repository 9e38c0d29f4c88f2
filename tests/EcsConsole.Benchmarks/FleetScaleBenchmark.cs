using System.Collections.Immutable;
using System.Diagnostics;
using EcsConsole.Aws;
using EcsConsole.Aws.Budget;
using EcsConsole.Core.Fleet;
using EcsConsole.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Benchmarks;

/// <summary>
/// The fleet-scale figures of issue 17: first view and first rows with the budget wide open, a fresh view under the
/// default budget against its floor, the first view from the kept snapshot after a restart, steady ECS reads against the
/// budget, and the AWS calls of several instances and of viewers that each poll for themselves.
/// </summary>
internal static class FleetScaleBenchmark
{
    public const int LatencyMs = 30;

    /// <summary>When a read's parts arrived: the clusters' rows, the first services' rows, and the whole fleet.</summary>
    public sealed record ViewTimes(TimeSpan ClusterRows, TimeSpan FirstRows, TimeSpan Complete, long Calls);

    /// <summary>A read's time against its floor under the budget: the calls beyond each bucket's burst over its sustained rate.</summary>
    public sealed record BudgetedView(TimeSpan Elapsed, TimeSpan Floor, IReadOnlyDictionary<string, long> CallsByCategory)
    {
        public double Ratio => Floor > TimeSpan.Zero ? Elapsed / Floor : double.NaN;
    }

    public sealed record SteadyReads(double ReadsPerSecond, double BudgetPerSecond, TimeSpan PollDuration, TimeSpan PollInterval);

    /// <summary>One read through the fleet reader with progress, 30 ms added per call, no client-side limit.</summary>
    public static async Task<ViewTimes> FirstViewAsync(BenchmarkSandbox sandbox)
    {
        // One read without latency first, so connections and JIT are warm as in a console that has run a while.
        await new EcsFleetReader(sandbox.Ecs).ReadAsync(CancellationToken.None);
        sandbox.Server.Faults = new SandboxFaults { LatencyMs = LatencyMs };
        try
        {
            return await TimedReadAsync(sandbox.Ecs, sandbox.Calls);
        }
        finally
        {
            sandbox.Server.Faults = new SandboxFaults();
        }
    }

    /// <summary>A fresh read by a console with the default budget (its buckets full, as after a quiet while), 30 ms per call.</summary>
    public static async Task<BudgetedView> FreshViewUnderBudgetAsync(BenchmarkSandbox sandbox)
    {
        await using var clients = sandbox.NewClients(budget: true);
        var before = clients.Calls.Snapshot();
        sandbox.Server.Faults = new SandboxFaults { LatencyMs = LatencyMs };
        ViewTimes times;
        try
        {
            times = await TimedReadAsync(clients.Ecs, clients.Calls);
        }
        finally
        {
            sandbox.Server.Faults = new SandboxFaults();
        }
        var byCategory = EcsCallsByCategory(before, clients.Calls.Snapshot());
        var floor = byCategory.Max(p =>
        {
            var limit = clients.Budget.LimitFor(p.Key);
            return TimeSpan.FromSeconds(Math.Max(0, p.Value - limit.Burst) / limit.Rate);
        });
        return new BudgetedView(times.Complete, floor, byCategory.ToDictionary(p => p.Key.ToString(), p => p.Value));
    }

    /// <summary>
    /// A console that kept its fleet in PostgreSQL restarts: a new store and monitor (30 ms per AWS call), timed from the
    /// monitor's start until every cluster and service of the kept fleet is published to viewers.
    /// </summary>
    public static async Task<TimeSpan> SnapshotFirstViewAsync(BenchmarkSandbox sandbox, string postgresAdmin, SandboxScale scale)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(postgresAdmin);
        var expectedServices = scale.Clusters * scale.ServicesPerCluster;
        await using (var before = await database.StartInstanceAsync())
        await using (var rig = new FleetMonitorRig(sandbox.Ecs, sandbox.Connection, TimeSpan.FromMinutes(10), TimeProvider.System, before.KeptSnapshots))
        {
            await rig.StartAsync();
            var key = FleetMonitor.SnapshotKey(sandbox.Connection.Current);
            await FleetMonitorRig.WaitAsync(() => before.KeptSnapshots.LoadAsync(key, CancellationToken.None).GetAwaiter().GetResult() is not null, TimeSpan.FromMinutes(1));
        }

        sandbox.Server.Faults = new SandboxFaults { LatencyMs = LatencyMs };
        try
        {
            await using var after = await database.StartInstanceAsync();
            await using var restarted = new FleetMonitorRig(sandbox.Ecs, sandbox.Connection, TimeSpan.FromMinutes(10), TimeProvider.System, after.KeptSnapshots);
            var watch = Stopwatch.StartNew();
            await restarted.Monitor.StartAsync(CancellationToken.None);
            // The monitor publishes the kept fleet and then marks its status, so the mark means every row is out.
            await FleetMonitorRig.WaitAsync(() => restarted.Monitor.Status.KeptSnapshotReadAt is not null || restarted.Polls > 0, TimeSpan.FromMinutes(1));
            var elapsed = watch.Elapsed;
            if (restarted.Monitor.Status.KeptSnapshotReadAt is null)
            {
                throw new InvalidOperationException("The restarted monitor did not show the kept snapshot before its fresh read finished.");
            }
            var published = PublishedServices(restarted.Monitor);
            if (published < expectedServices)
            {
                throw new InvalidOperationException($"The restarted monitor showed {published} of {expectedServices} services from the kept snapshot.");
            }
            return elapsed;
        }
        finally
        {
            sandbox.Server.Faults = new SandboxFaults();
        }
    }

    /// <summary>
    /// ECS reads per second of the fleet monitor in steady polling under the default budget: the read attempts of one
    /// poll (on the real clock, its buckets full at the start) over one cycle, that poll's duration plus the interval the
    /// monitor then chose, against the sustained rates of the budget's buckets those reads draw from.
    /// </summary>
    public static async Task<SteadyReads> SteadyReadsAsync(BenchmarkSandbox sandbox)
    {
        await using var clients = sandbox.NewClients(budget: true);
        await using var rig = new FleetMonitorRig(clients.Ecs, clients.Connection, new MonitorOptions().PollInterval, TimeProvider.System, kept: null, clients.Budget);
        var before = clients.Calls.Snapshot();
        var watch = Stopwatch.StartNew();
        await rig.StartAsync();
        var poll = watch.Elapsed;
        var interval = rig.Monitor.PollInterval ?? new MonitorOptions().PollInterval;
        var reads = EcsCallsByCategory(before, clients.Calls.Snapshot()).Where(p => p.Key.Name.Contains("Read", StringComparison.Ordinal)).ToList();
        var budget = reads.Sum(p => clients.Budget.LimitFor(p.Key).Rate);
        return new SteadyReads(reads.Sum(p => p.Value) / (poll + interval).TotalSeconds, budget, poll, interval);
    }

    /// <summary>
    /// AWS calls of <paramref name="instances"/> console instances on one PostgreSQL database watching the same account for
    /// <paramref name="polls"/> poll intervals (fake clock): each instance its own store container, monitor and election,
    /// so one polls and the others read its snapshots from the store.
    /// </summary>
    public static async Task<long> CallsOfInstancesAsync(BenchmarkSandbox sandbox, int instances, int polls, string postgresAdmin)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(postgresAdmin);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var interval = new MonitorOptions().PollInterval;
        var stores = new List<BenchmarkDatabase.StoreInstance>();
        var rigs = new List<FleetMonitorRig>();
        var before = sandbox.Calls.TotalAttempts;
        try
        {
            for (var i = 0; i < instances; i++)
            {
                var store = await database.StartInstanceAsync();
                stores.Add(store);
                rigs.Add(new FleetMonitorRig(sandbox.Ecs, sandbox.Connection, interval, time, store.KeptSnapshots, election: store.Election));
            }

            await Task.WhenAll(rigs.Select(r => r.StartAsync()));
            for (var poll = 2; poll <= polls; poll++)
            {
                // One interval at a time, until the instance that polls has polled again.
                var target = poll;
                await FleetMonitorRig.WaitAsync(() =>
                {
                    if (rigs.Max(r => r.Polls) < target)
                    {
                        time.Advance(interval);
                    }
                    return rigs.Max(r => r.Polls) >= target;
                }, TimeSpan.FromMinutes(2));
            }
            return sandbox.Calls.TotalAttempts - before;
        }
        finally
        {
            foreach (var rig in rigs)
            {
                await rig.DisposeAsync();
            }

            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// AWS calls of one poll interval when each of <paramref name="viewers"/> polls for itself (a monitor of its own, as
    /// per-tab consoles and terminal UIs do), and when all share one monitor.
    /// </summary>
    public static async Task<(long SelfPolling, long Shared)> CallsOfViewersAsync(BenchmarkSandbox sandbox, int viewers)
    {
        var shared = await CallsOfFirstPollsAsync(sandbox, monitors: 1, viewersEach: viewers);
        var selfPolling = await CallsOfFirstPollsAsync(sandbox, monitors: viewers, viewersEach: 1);
        return (selfPolling, shared);
    }

    private static async Task<long> CallsOfFirstPollsAsync(BenchmarkSandbox sandbox, int monitors, int viewersEach)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var before = sandbox.Calls.TotalAttempts;
        using var stop = new CancellationTokenSource();
        var rigs = new List<FleetMonitorRig>();
        try
        {
            // Ten at a time: a hundred reads at once would measure the loopback's queue, not the calls.
            foreach (var group in Enumerable.Range(0, monitors).Chunk(10))
            {
                var started = group.Select(_ => new FleetMonitorRig(sandbox, TimeSpan.FromMinutes(10), time)).ToList();
                foreach (var rig in started)
                {
                    for (var v = 0; v < viewersEach; v++)
                    {
                        rig.Monitor.SubscribeClusters(stop.Token);
                    }
                }
                rigs.AddRange(started);
                await Task.WhenAll(started.Select(r => r.StartAsync()));
            }
            return sandbox.Calls.TotalAttempts - before;
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var rig in rigs)
            {
                await rig.DisposeAsync();
            }
        }
    }

    private static async Task<ViewTimes> TimedReadAsync(EcsConsole.Aws.Ecs.IEcsClient ecs, AwsCallLog calls)
    {
        var before = calls.TotalAttempts;
        var watch = Stopwatch.StartNew();
        var progress = new TimingProgress(watch);
        var snapshot = await new EcsFleetReader(ecs).ReadAsync(progress, CancellationToken.None);
        var complete = watch.Elapsed;
        if (snapshot.Clusters.Length == 0)
        {
            throw new InvalidOperationException("The fleet read came back empty.");
        }
        return new ViewTimes(progress.ClusterRows ?? complete, progress.FirstRows ?? complete, complete, calls.TotalAttempts - before);
    }

    private static Dictionary<AwsThrottleCategory, long> EcsCallsByCategory(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Where(p => p.Key.StartsWith("ECS ", StringComparison.Ordinal))
            .Select(p => (Category: AwsThrottleCategories.For(AwsServices.Ecs, p.Key["ECS ".Length..]), Calls: p.Value - before.GetValueOrDefault(p.Key)))
            .Where(p => p.Calls > 0)
            .GroupBy(p => p.Category)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Calls));

    private static int PublishedServices(FleetMonitor monitor)
    {
        using var probe = new CancellationTokenSource();
        var clusters = monitor.SubscribeClusters(probe.Token).InitialState;
        var services = clusters.Sum(c => monitor.SubscribeServices(c.Name, probe.Token).InitialState.Length);
        probe.Cancel();
        return services;
    }

    private sealed class TimingProgress(Stopwatch watch) : IFleetReadProgress
    {
        private long _clusterRows = -1;
        private long _firstRows = -1;

        public TimeSpan? ClusterRows => Read(ref _clusterRows);

        public TimeSpan? FirstRows => Read(ref _firstRows);

        public void ClustersRead(ImmutableArray<ClusterSummary> clusters) => Interlocked.CompareExchange(ref _clusterRows, watch.Elapsed.Ticks, -1);

        public ValueTask ServicesReadAsync(string cluster, IReadOnlyList<ServiceSummary> batch, CancellationToken cancellationToken)
        {
            Interlocked.CompareExchange(ref _firstRows, watch.Elapsed.Ticks, -1);
            return ValueTask.CompletedTask;
        }

        private static TimeSpan? Read(ref long ticks)
        {
            var value = Interlocked.Read(ref ticks);
            return value < 0 ? null : TimeSpan.FromTicks(value);
        }
    }
}
