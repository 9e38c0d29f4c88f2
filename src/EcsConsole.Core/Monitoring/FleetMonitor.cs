using System.Collections.Immutable;
using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Monitoring;

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
    private readonly TimeSpan _pollInterval;
    private readonly AwsDegradationCounter _degradation;
    private readonly ChangeFeed<ClusterSummary> _clusters;
    private readonly Dictionary<string, ChangeFeed<ServiceSummary>> _services = new(StringComparer.Ordinal);
    private readonly Lock _servicesGate = new();
    private readonly Lock _generationGate = new();
    private CancellationTokenSource? _generation;
    private volatile MonitorStatus _status = MonitorStatus.NotYetPolled;

    public FleetMonitor(
        IFleetReader reader,
        AwsConnection connection,
        IOptions<MonitorOptions> options,
        TimeProvider timeProvider,
        ILogger<FleetMonitor> logger,
        IEnumerable<IFleetSnapshotObserver>? observers = null,
        AwsCallLog? callLog = null,
        AwsConnectionSettings? settings = null)
    {
        _settings = settings;
        _degradation = new AwsDegradationCounter(callLog);
        _observers = [.. observers ?? []];
        _reader = reader;
        _connection = connection;
        _timeProvider = timeProvider;
        _logger = logger;
        _pollInterval = options.Value.PollInterval > TimeSpan.Zero ? options.Value.PollInterval : TimeSpan.FromSeconds(5);
        _clusters = new ChangeFeed<ClusterSummary>(c => c.Name, timeProvider);
    }

    public MonitorStatus Status => _status;

    public DateTimeOffset? LastRefreshed => _status.LastRefreshed;

    public AwsProblem? LastError => _status.LastError;

    public event Action? StatusChanged;

    /// <summary>How many polls have completed (successfully or not) since start; lets tests wait for a poll.</summary>
    internal int PollCount => Volatile.Read(ref _pollCount);

    private int _pollCount;

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
                    await PollUntilCancelledAsync(generation.Token).ConfigureAwait(false);
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
        while (true)
        {
            await PollOnceAsync(cancellationToken).ConfigureAwait(false);
            await Task.Delay(_pollInterval, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        // Attempts of other callers in the same window count too: they met the same AWS.
        var degradedBefore = _degradation.Count;
        try
        {
            var snapshot = await _reader.ReadAsync(new PartialPublisher(this, cancellationToken), cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            Publish(snapshot);
            NotifyObservers(snapshot);
            SetStatus(new MonitorStatus(_timeProvider.GetUtcNow(), null) { Degraded = _degradation.Count > degradedBefore });
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var problem = AwsProblems.Describe(ex);
            _logger.LogWarning(ex, "Fleet poll failed: {Problem}", problem);
            // Keep the last good data and its age visible; the error says why it is not fresher.
            SetStatus(_status with { LastError = problem, Degraded = _degradation.Count > degradedBefore });
        }
        finally
        {
            Interlocked.Increment(ref _pollCount);
        }
    }

    private void Publish(FleetSnapshot snapshot)
    {
        _clusters.Replace(snapshot.Clusters);
        lock (_servicesGate)
        {
            foreach (var (cluster, services) in snapshot.ServicesByCluster)
            {
                ServiceFeed(cluster).Replace(services);
            }
            // Feeds of clusters that are gone empty out; nobody watching means nobody needs them kept.
            foreach (var (cluster, feed) in _services.Where(p => !snapshot.ServicesByCluster.ContainsKey(p.Key)).ToList())
            {
                feed.Replace([]);
                if (feed.SubscriberCount == 0)
                {
                    _services.Remove(cluster);
                }
            }
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
                monitor._clusters.Replace(clusters);
            }
        }

        public ValueTask ServicesReadAsync(string cluster, IReadOnlyList<ServiceSummary> batch, CancellationToken cancellationToken)
        {
            lock (monitor._servicesGate)
            {
                // Checked under the gate: a read of a switched-away connection must not publish after the fleet was cleared.
                if (!generation.IsCancellationRequested)
                {
                    monitor.ServiceFeed(cluster).Upsert(batch);
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
