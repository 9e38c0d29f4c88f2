using System.Collections.Immutable;
using EcsConsole.Aws;
using EcsConsole.Aws.Budget;
using EcsConsole.Core.Problems;
using EcsConsole.Core.Live;
using EcsConsole.Core.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Fleet;

/// <summary>
/// Polls ECS once per interval for everyone and publishes what changed. Restarts from an empty fleet when the
/// AWS connection switches (region, profile or mode), so no data of the old account leaks into the new view.
/// The hosted one follows the console's own connection; <see cref="FleetMonitors"/> makes one per other connection and
/// region a session watches, each polling under its own settings.
/// </summary>
public sealed class FleetMonitor : BackgroundService, IFleetMonitor
{
    private readonly IFleetReader _reader;
    private readonly AwsConnection _connection;
    private readonly AwsConnectionSettings? _settings;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<FleetMonitor> _logger;
    private readonly IReadOnlyList<IFleetSnapshotObserver> _observers;
    private readonly IFleetSnapshotStore? _keptSnapshots;
    private readonly AwsRateBudget? _budget;
    private readonly IFleetPollerElection? _election;
    private readonly TimeSpan _pollInterval;
    private readonly AwsDegradationCounter _degradation;
    private readonly ChangeFeed<ClusterSummary> _clusters;
    private readonly Dictionary<string, ChangeFeed<ServiceSummary>> _services = new(StringComparer.Ordinal);
    private readonly Lock _servicesGate = new();
    private readonly Lock _generationGate = new();
    private CancellationTokenSource? _generation;
    private volatile MonitorStatus _status = MonitorStatus.NotYetPolled;

    // Whether the feeds changed since the fleet was last kept in the store; an unchanged fleet only renews its age there.
    private volatile bool _changedSinceKept = true;

    // Each service's rollout state at the last complete read, for the rollout state change metric; null before the first.
    private Dictionary<string, RolloutState>? _rolloutStates;

    public FleetMonitor(
        IFleetReader reader,
        AwsConnection connection,
        IOptions<MonitorOptions> options,
        TimeProvider timeProvider,
        ILogger<FleetMonitor> logger,
        IEnumerable<IFleetSnapshotObserver>? observers = null,
        AwsCallLog? callLog = null,
        AwsConnectionSettings? settings = null,
        IFleetSnapshotStore? keptSnapshots = null,
        AwsRateBudget? budget = null,
        IFleetPollerElection? election = null)
    {
        // Without a store to read the poller's snapshots from, every instance polls for itself.
        _election = keptSnapshots is null ? null : election;
        _budget = budget;
        _settings = settings;
        _keptSnapshots = keptSnapshots;
        _degradation = new AwsDegradationCounter(callLog);
        _observers = [.. observers ?? []];
        _reader = reader;
        _connection = connection;
        _timeProvider = timeProvider;
        _logger = logger;
        _pollInterval = options.Value.PollInterval > TimeSpan.Zero ? options.Value.PollInterval : TimeSpan.FromSeconds(5);
        _currentInterval = _pollInterval;
        _clusters = new ChangeFeed<ClusterSummary>(c => c.Name, timeProvider);
    }

    public MonitorStatus Status => _status;

    public DateTimeOffset? LastRefreshed => _status.LastRefreshed;

    public AwsProblem? LastError => _status.LastError;

    public event Action? StatusChanged;

    /// <summary>
    /// The wait between two polls now: the configured interval, or longer when the fleet is too large to poll that often
    /// inside the AWS rate budget (<see cref="FleetPollInterval"/>).
    /// </summary>
    public TimeSpan? PollInterval => _currentInterval;

    private TimeSpan _currentInterval;

    /// <summary>How many polls have completed (successfully or not) since start; lets tests wait for a poll.</summary>
    internal int PollCount => Volatile.Read(ref _pollCount);

    private int _pollCount;

    /// <summary>How many times this instance read the fleet another instance polls, from the store; lets tests wait for it.</summary>
    internal int FollowCount => Volatile.Read(ref _followCount);

    private int _followCount;

    private FleetSnapshot? _latest;

    /// <inheritdoc />
    public FleetSnapshot? LatestSnapshot => Volatile.Read(ref _latest);

    public Subscription<ClusterSummary> SubscribeClusters(CancellationToken cancellationToken) =>
        _clusters.Subscribe(cancellationToken);

    public Subscription<ServiceSummary> SubscribeServices(string cluster, CancellationToken cancellationToken)
    {
        // Under the gate, so a feed is never pruned between being found and being subscribed to.
        lock (_servicesGate)
        {
            return ServiceFeed(cluster).Subscribe(cancellationToken);
        }
    }

    /// <summary>The connection this monitor polls: its own settings, or null for the console's own connection.</summary>
    public AwsConnectionSettings? Settings => _settings;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _connection.Changed += OnConnectionChanged;
        using var scope = _connection.Use(_settings);
        // Polls are background work: when the AWS rate budget runs short, people's reads and writes go first.
        using var priority = AwsCallPriorityScope.Background();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                using var generation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                lock (_generationGate)
                {
                    _generation = generation;
                }
                try
                {
                    await ShowKeptSnapshotAsync(generation.Token);
                    await PollUntilCancelledAsync(generation.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    _logger.LogInformation("AWS connection switched to {Connection}; fleet monitor restarts", _connection.Current.ModeLabel);
                    ClearFleet();
                }
                finally
                {
                    lock (_generationGate)
                    {
                        _generation = null;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
        finally
        {
            _connection.Changed -= OnConnectionChanged;
        }
    }

    private async Task PollUntilCancelledAsync(CancellationToken cancellationToken)
    {
        var key = SnapshotKey(_connection.Current);
        try
        {
            var dueAt = _timeProvider.GetTimestamp();
            while (true)
            {
                if (await LeadsAsync(key, cancellationToken))
                {
                    await PollOnceAsync(dueAt, cancellationToken);
                    await AnnounceAsync(key, cancellationToken);
                    dueAt = _timeProvider.GetTimestamp() + (long)(_currentInterval.TotalSeconds * _timeProvider.TimestampFrequency);
                    await Task.Delay(_currentInterval, _timeProvider, cancellationToken);
                }
                else
                {
                    await FollowOnceAsync(key, cancellationToken);
                    await _election!.WaitForSnapshotAsync(key, _currentInterval, cancellationToken);
                    dueAt = _timeProvider.GetTimestamp();
                }
            }
        }
        finally
        {
            if (_election is not null)
            {
                // Stopped or switched away: another instance takes over at once instead of after the lease expires.
                await _election.ResignAsync(key);
            }
        }
    }

    /// <summary>Whether this instance polls: always without an election; else while it holds the poller lease.</summary>
    private async Task<bool> LeadsAsync(string key, CancellationToken cancellationToken)
    {
        if (_election is null)
        {
            return true;
        }

        try
        {
            return await _election.TryLeadAsync(key, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A store that cannot say who polls must not leave the fleet unpolled: this instance polls for itself meanwhile.
            _logger.LogWarning(ex, "Could not learn which console instance polls {Connection}; polling here meanwhile", key);
            return true;
        }
    }

    private async Task AnnounceAsync(string key, CancellationToken cancellationToken)
    {
        if (_election is null)
        {
            return;
        }

        try
        {
            await _election.AnnounceAsync(key, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(ex, "Could not announce the new fleet snapshot of {Connection}; other instances read it at their interval", key);
        }
    }

    /// <summary>
    /// Another instance polls: publishes the snapshot it kept in the store, when newer than the last one published here,
    /// as this instance's own read (its age is the poller's read time).
    /// </summary>
    private async Task FollowOnceAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            if (await _keptSnapshots!.LoadAsync(key, cancellationToken) is { } kept
                && (_status.LastRefreshed is not { } shown || kept.ReadAt > shown || _status.KeptSnapshotReadAt is not null))
            {
                cancellationToken.ThrowIfCancellationRequested();
                CountRolloutStateChanges(kept.Snapshot);
                Publish(kept.Snapshot);
                Volatile.Write(ref _latest, kept.Snapshot);
                NotifyObservers(kept.Snapshot);
                _currentInterval = FleetPollInterval.For(kept.Snapshot, _budget, _pollInterval);
                SetStatus(new MonitorStatus(kept.ReadAt, null));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var problem = AwsProblems.Describe(ex);
            _logger.LogWarning(ex, "Reading the fleet another console instance polls failed: {Problem}", problem);
            SetStatus(_status with { LastError = problem });
        }
        finally
        {
            Interlocked.Increment(ref _followCount);
        }
    }

    private async Task PollOnceAsync(long dueAt, CancellationToken cancellationToken)
    {
        // Attempts of other callers in the same window count too: they met the same AWS.
        var degradedBefore = _degradation.Count;
        using var activity = ConsoleTelemetry.StartPoll(nameof(FleetMonitor), Live.PolledMonitor.ConnectionKey(_connection.Current));
        try
        {
            var snapshot = await _reader.ReadAsync(new PartialPublisher(this, cancellationToken), cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            CountRolloutStateChanges(snapshot);
            Publish(snapshot);
            Volatile.Write(ref _latest, snapshot);
            ConsoleTelemetry.PollEnded(activity, nameof(FleetMonitor), _timeProvider.GetElapsedTime(dueAt), null);
            NotifyObservers(snapshot);
            _currentInterval = FleetPollInterval.For(snapshot, _budget, _pollInterval);
            var readAt = _timeProvider.GetUtcNow();
            SetStatus(new MonitorStatus(readAt, null) { Degraded = _degradation.Count > degradedBefore });
            await KeepSnapshotAsync(snapshot, readAt, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var problem = AwsProblems.Describe(ex);
            _logger.LogWarning(ex, "Fleet poll failed: {Problem}", problem);
            ConsoleTelemetry.PollEnded(activity, nameof(FleetMonitor), _timeProvider.GetElapsedTime(dueAt), ex);
            // Keep the last good data and its age visible; the error says why it is not fresher.
            SetStatus(_status with { LastError = problem, Degraded = _degradation.Count > degradedBefore });
        }
        finally
        {
            Interlocked.Increment(ref _pollCount);
        }
    }

    /// <summary>
    /// Before the first poll of a connection: publishes the fleet the store kept from an earlier read (this instance's
    /// before a restart, or another instance's), marked with its age, so pages show the whole fleet at once while the
    /// fresh read fills in. A store that cannot answer only costs that head start.
    /// </summary>
    private async Task ShowKeptSnapshotAsync(CancellationToken cancellationToken)
    {
        if (_keptSnapshots is null)
        {
            return;
        }
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(KeptSnapshotWait);
        try
        {
            if (await _keptSnapshots.LoadAsync(SnapshotKey(_connection.Current), bounded.Token) is { } kept)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Publish(kept.Snapshot);
                SetStatus(MonitorStatus.NotYetPolled with { KeptSnapshotReadAt = kept.ReadAt });
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(ex, "The kept fleet snapshot could not be loaded; the fleet shows after the first read");
        }
    }

    private async Task KeepSnapshotAsync(FleetSnapshot snapshot, DateTimeOffset readAt, CancellationToken cancellationToken)
    {
        if (_keptSnapshots is null)
        {
            return;
        }
        try
        {
            var changed = _changedSinceKept;
            _changedSinceKept = false;
            await _keptSnapshots.SaveAsync(SnapshotKey(_connection.Current), snapshot, readAt, changed, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _changedSinceKept = true;
            _logger.LogWarning(ex, "The fleet snapshot could not be kept in the store; a restarted console shows the fleet after its first read");
        }
    }

    /// <summary>How long the first poll waits for the store's kept snapshot before reading without it.</summary>
    internal static readonly TimeSpan KeptSnapshotWait = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Where a kept snapshot belongs: the connection's name and region, and a fingerprint of mode, profile, endpoint and
    /// role, so a switched connection under the same name never shows another account's fleet.
    /// </summary>
    public static string SnapshotKey(AwsConnectionSettings settings)
    {
        var where = $"{settings.ModeLabel}|{settings.Profile}|{settings.EndpointUrl}|{settings.AssumeRole?.RoleArn}";
        var fingerprint = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(where)))[..12];
        return $"{Live.PolledMonitor.ConnectionKey(settings)}#{fingerprint}";
    }

    private void Publish(FleetSnapshot snapshot)
    {
        MarkChanged(_clusters.Replace(snapshot.Clusters));
        lock (_servicesGate)
        {
            foreach (var (cluster, services) in snapshot.ServicesByCluster)
            {
                MarkChanged(ServiceFeed(cluster).Replace(services));
            }
            // Feeds of clusters that are gone empty out; nobody watching means nobody needs them kept.
            foreach (var (cluster, feed) in _services.Where(p => !snapshot.ServicesByCluster.ContainsKey(p.Key)).ToList())
            {
                MarkChanged(feed.Replace([]));
                if (feed.SubscriberCount == 0)
                {
                    _services.Remove(cluster);
                }
            }
        }
    }

    // Compares each service's rollout state with the last complete read's; the first read of a connection sets the baseline.
    private void CountRolloutStateChanges(FleetSnapshot snapshot)
    {
        var next = new Dictionary<string, RolloutState>(StringComparer.Ordinal);
        foreach (var service in snapshot.ServicesByCluster.Values.SelectMany(services => services))
        {
            next[service.Key] = service.Rollout;
            if (_rolloutStates is not null && _rolloutStates.TryGetValue(service.Key, out var before) && before != service.Rollout)
            {
                ConsoleTelemetry.RolloutStateChanged(before.ToString(), service.Rollout.ToString());
            }
        }

        _rolloutStates = next;
    }

    private void MarkChanged<T>(IReadOnlyList<Change<T>> changes)
    {
        if (changes.Count > 0)
        {
            _changedSinceKept = true;
        }
    }

    /// <summary>
    /// Publishes a read's parts as they arrive, so a first view shows rows one round trip after ListClusters. Services are
    /// only added or updated here; what a read no longer lists is removed when the whole read is published.
    /// </summary>
    private sealed class PartialPublisher(FleetMonitor monitor, CancellationToken generation) : IFleetReadProgress
    {
        public void ClustersRead(ImmutableArray<ClusterSummary> clusters)
        {
            if (!generation.IsCancellationRequested)
            {
                monitor.MarkChanged(monitor._clusters.Replace(clusters));
            }
        }

        public ValueTask ServicesReadAsync(string cluster, IReadOnlyList<ServiceSummary> batch, CancellationToken cancellationToken)
        {
            lock (monitor._servicesGate)
            {
                // Checked under the gate: a read of a switched-away connection must not publish after the fleet was cleared.
                if (!generation.IsCancellationRequested)
                {
                    monitor.MarkChanged(monitor.ServiceFeed(cluster).Upsert(batch));
                }
            }
            return ValueTask.CompletedTask;
        }
    }

    private void NotifyObservers(FleetSnapshot snapshot)
    {
        foreach (var observer in _observers)
        {
            try
            {
                observer.OnSnapshot(snapshot);
            }
            catch (Exception ex)
            {
                // One broken consumer must not stop the fleet view every page depends on.
                _logger.LogError(ex, "Fleet snapshot observer {Observer} failed", observer.GetType().Name);
            }
        }
    }

    private void ClearFleet()
    {
        _rolloutStates = null;
        Publish(new FleetSnapshot([], ImmutableDictionary<string, ImmutableArray<ServiceSummary>>.Empty));
        SetStatus(MonitorStatus.NotYetPolled);
    }

    private ChangeFeed<ServiceSummary> ServiceFeed(string cluster)
    {
        if (!_services.TryGetValue(cluster, out var feed))
        {
            feed = new ChangeFeed<ServiceSummary>(s => s.Key, _timeProvider);
            _services[cluster] = feed;
        }
        return feed;
    }

    private void SetStatus(MonitorStatus status)
    {
        _status = status;
        StatusChanged?.Invoke();
    }

    private void OnConnectionChanged()
    {
        lock (_generationGate)
        {
            _generation?.Cancel();
        }
    }
}
