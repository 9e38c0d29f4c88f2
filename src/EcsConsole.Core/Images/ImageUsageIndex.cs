using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.History;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Problems;
using EcsConsole.Core.TaskDefinitions;

namespace EcsConsole.Core.Images;

/// <summary>
/// Maps images to where they run: the running tasks of every cluster the fleet monitor knows (ListTasks + DescribeTasks
/// by 100) and the task definitions of its services (cached, they never change). Singleton, keyed by connection and
/// region like the fleet monitors: a read is for the calling flow's connection (<see cref="AwsConnection.Current"/>) and
/// is shared by everyone on it for <see cref="MaxAge"/>, so the ECR pages add a few calls per interval, not per viewer.
/// The console's own connection reads the hosted monitor's fleet; any other holds a lease on its shared fleet monitor
/// while it is asked for, released after <see cref="IdleRelease"/> without a question.
/// </summary>
public sealed class ImageUsageIndex : IAsyncDisposable, IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    /// <summary>How long a connection's fleet monitor is held after the last question about its images.</summary>
    public static readonly TimeSpan IdleRelease = TimeSpan.FromMinutes(2);

    internal const int TasksPerDescribe = 100;

    private readonly IEcsClient _ecs;
    private readonly LatestFleetSnapshot _fleet;
    private readonly FleetMonitors? _monitors;
    private readonly ITaskDefinitionCatalog _taskDefinitions;
    private readonly AwsConnection _connection;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public ImageUsageIndex(IEcsClient ecs, LatestFleetSnapshot fleet, ITaskDefinitionCatalog taskDefinitions, AwsConnection connection, TimeProvider timeProvider, FleetMonitors? monitors = null)
    {
        _ecs = ecs;
        _fleet = fleet;
        _monitors = monitors;
        _taskDefinitions = taskDefinitions;
        _connection = connection;
        _timeProvider = timeProvider;
        _connection.Changed += Forget;
    }

    /// <summary>How many connections other than the console's own hold a fleet monitor for the image map now.</summary>
    public int HeldMonitorCount
    {
        get
        {
            lock (_gate)
            {
                return _entries.Values.Count(e => e.Lease is not null);
            }
        }
    }

    /// <summary>The image uses of the calling flow's connection and region, read at most <see cref="MaxAge"/> ago.</summary>
    public async Task<ImageUsage> GetAsync(CancellationToken cancellationToken = default)
    {
        var settings = _connection.Current;
        var entry = EntryFor(settings);
        var snapshot = entry.Lease is { } lease ? lease.Monitor.LatestSnapshot : _fleet.HasPolled ? _fleet.Current : null;
        if (snapshot is null)
        {
            // Not cached: the monitor's first poll on this connection is seconds away.
            return new ImageUsage(_timeProvider.GetUtcNow(), [], FleetKnown: false);
        }
        if (Fresh(entry) is { } fresh)
        {
            return fresh;
        }
        await entry.Refresh.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while this one waited.
            if (Fresh(entry) is { } refreshed)
            {
                return refreshed;
            }
            var usage = await ReadAsync(snapshot, cancellationToken);
            Volatile.Write(ref entry.Current, usage);
            return usage;
        }
        finally
        {
            entry.Refresh.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _connection.Changed -= Forget;
        foreach (var lease in TakeLeases(_ => true))
        {
            await lease.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _connection.Changed -= Forget;
        foreach (var lease in TakeLeases(_ => true))
        {
            _ = lease.DisposeAsync().AsTask();
        }
    }

    private Entry EntryFor(AwsConnectionSettings settings)
    {
        var now = _timeProvider.GetUtcNow();
        var key = FleetMonitor.SnapshotKey(settings);
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                var own = _monitors is null || FleetMonitors.IsConsoleOwn(settings, _connection);
                entry = new Entry(own ? null : _monitors!.Acquire(settings));
                _entries[key] = entry;
            }
            entry.LastAsked = now;
        }
        // Connections nobody asked about for a while stop being polled for the image map.
        foreach (var idle in TakeLeases(e => now - e.LastAsked >= IdleRelease))
        {
            _ = idle.DisposeAsync().AsTask();
        }
        return entry;
    }

    private List<MonitorLease<IFleetMonitor>> TakeLeases(Func<Entry, bool> which)
    {
        var leases = new List<MonitorLease<IFleetMonitor>>();
        lock (_gate)
        {
            foreach (var (key, entry) in _entries.Where(p => p.Value.Lease is not null && which(p.Value)).ToList())
            {
                _entries.Remove(key);
                leases.Add(entry.Lease!);
            }
        }
        return leases;
    }

    private ImageUsage? Fresh(Entry entry)
    {
        var current = Volatile.Read(ref entry.Current);
        return current is not null && _timeProvider.GetUtcNow() - current.ReadAt < MaxAge ? current : null;
    }

    private async Task<ImageUsage> ReadAsync(FleetSnapshot snapshot, CancellationToken cancellationToken)
    {
        var readAt = _timeProvider.GetUtcNow();
        var uses = new List<ImageUse>();
        // Each cluster and each service is read on its own: one that fails leaves out only its uses, and says so.
        var problems = new List<AwsProblem>();
        foreach (var cluster in snapshot.Clusters)
        {
            try
            {
                uses.AddRange(await RunningUsesAsync(cluster.Arn, cluster.Name, problems, cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                problems.Add(AwsProblems.Describe(ex));
            }
        }
        foreach (var service in snapshot.ServicesByCluster.Values.SelectMany(s => s).Where(s => s.TaskDefinition.Length > 0))
        {
            try
            {
                var definition = await _taskDefinitions.GetAsync(service.TaskDefinition, cancellationToken);
                uses.AddRange(definition.Containers.Select(c => new ImageUse(
                    ImageUseKind.ServiceTaskDefinition, service.Cluster, service.Name, null, definition.FamilyRevision, c.Name, c.Image, null)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                problems.Add(AwsProblems.Describe(ex));
            }
        }
        var problem = problems.FirstOrDefault();
        if (problem is not null && problems.Count > 1)
        {
            problem = problem with { What = $"{problem.What} (and {problems.Count - 1} more reads)" };
        }
        return new ImageUsage(readAt, uses) { Problem = problem };
    }

    private async Task<List<ImageUse>> RunningUsesAsync(string clusterArn, string clusterName, List<AwsProblem> problems, CancellationToken cancellationToken)
    {
        var arns = await Fleet.EcsCalls.CallAsync(
            $"ListTasks (RUNNING) in cluster {clusterName}",
            () => Fleet.EcsCalls.ToListAsync(_ecs.ListTasksAsync(new ListTasksRequest { Cluster = clusterArn, DesiredStatus = "RUNNING" }, cancellationToken), cancellationToken));
        var uses = new List<ImageUse>();
        foreach (var batch in arns.Chunk(TasksPerDescribe))
        {
            var described = await Fleet.EcsCalls.DescribeTasksContainedAsync(_ecs, clusterArn, batch, cancellationToken);
            if (described.Problem?.Problem is { } unreadable)
            {
                problems.Add(unreadable with { What = $"DescribeTasks in cluster {clusterName}", Message = described.Problem.Message });
            }
            foreach (var task in described.Tasks)
            {
                var taskId = Fleet.TaskDefinitionNames.NameFromArn(task.TaskArn ?? "");
                var taskDefinition = Fleet.TaskDefinitionNames.FamilyRevision(task.TaskDefinitionArn ?? "");
                uses.AddRange((task.Containers ?? []).Where(c => c.Image is not null).Select(c => new ImageUse(
                    ImageUseKind.RunningTask, clusterName, StoppedTaskMapping.ServiceOf(task.Group), taskId, taskDefinition, c.Name ?? "", c.Image!, c.ImageDigest)));
            }
        }
        return uses;
    }

    private void Forget()
    {
        lock (_gate)
        {
            foreach (var entry in _entries.Values)
            {
                Volatile.Write(ref entry.Current, null);
            }
        }
    }

    private sealed class Entry(MonitorLease<IFleetMonitor>? lease)
    {
        public readonly SemaphoreSlim Refresh = new(1, 1);

        public ImageUsage? Current;

        /// <summary>The hold on the connection's shared fleet monitor; null for the console's own (hosted, always polling).</summary>
        public MonitorLease<IFleetMonitor>? Lease { get; } = lease;

        public DateTimeOffset LastAsked { get; set; }
    }
}
