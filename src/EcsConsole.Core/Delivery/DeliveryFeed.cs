using System.Runtime.CompilerServices;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Live;
using EcsConsole.Core.Problems;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// The delivery state the pages show, live: the policies, the delivery records (baselines left out) and a mark per
/// evaluation pass. Singleton, shared by every viewer. It re-reads the store after each write this instance makes
/// (<see cref="DeliveryStore.Changed"/>) and after each pass of the <see cref="DeliveryLoop"/> (which also brings what
/// other console instances wrote), and publishes only what changed; no page polls.
/// </summary>
public sealed class DeliveryFeed
{
    private const string PassKey = "pass";

    private readonly DeliveryStore _store;
    private readonly ILogger<DeliveryFeed> _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly ChangeFeed<DeliveryPolicy> _policies;
    private readonly ChangeFeed<DeliveryRecord> _records;
    private readonly ChangeFeed<DeliveryPass> _passes;
    private int _refreshRequested;
    private bool _loaded;
    private long _passNumber;
    private AwsProblem? _storeProblem;

    public DeliveryFeed(DeliveryStore store, TimeProvider time, ILogger<DeliveryFeed> logger)
    {
        _store = store;
        _time = time;
        _logger = logger;
        _policies = new ChangeFeed<DeliveryPolicy>(p => p.Name, time, PolicyAsShown.Instance);
        _records = new ChangeFeed<DeliveryRecord>(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), time, RecordAsShown.Instance);
        _passes = new ChangeFeed<DeliveryPass>(_ => PassKey, time);
        store.Changed += RequestRefresh;
    }

    /// <summary>
    /// The policies of <paramref name="stamp"/>'s connection and region (as <see cref="IDeliveryService.PoliciesAsync"/>
    /// lists them), then their changes. Ends when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async Task<Subscription<DeliveryPolicy>> SubscribePoliciesAsync(ConnectionStamp? stamp, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        var all = _policies.Subscribe(cancellationToken);
        bool Mine(DeliveryPolicy policy) => new[] { policy }.AsQueryable().InConnection(stamp).Any();
        return new Subscription<DeliveryPolicy>([.. all.InitialState.Where(Mine)], OnlyAsync(all.Changes, Mine, cancellationToken));
    }

    /// <summary>Every delivery record but baselines, then their changes. Ends when <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task<Subscription<DeliveryRecord>> SubscribeRecordsAsync(CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        return _records.Subscribe(cancellationToken);
    }

    /// <summary>
    /// One item, replaced after each evaluation pass and each store read: what runs where may have changed (pages re-read
    /// it then), and whether the store could be read.
    /// </summary>
    public async Task<Subscription<DeliveryPass>> SubscribePassesAsync(CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        return _passes.Subscribe(cancellationToken);
    }

    /// <summary>Called after each evaluation pass: re-reads the store and publishes a new pass mark.</summary>
    public void PassCompleted()
    {
        Interlocked.Increment(ref _passNumber);
        RequestRefresh();
    }

    /// <summary>Reads the store now and publishes what differs. A failed read keeps the last state and is told in the pass mark.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _reading.WaitAsync(cancellationToken);
        try
        {
            Interlocked.Exchange(ref _refreshRequested, 0);
            try
            {
                // Every connection's policies; each subscription picks those of its viewer's connection.
                var policies = await _store.AllPoliciesAsync(cancellationToken);
                var records = await _store.RecordsAsync(cancellationToken: cancellationToken);
                _policies.Replace(policies);
                _records.Replace(records.Where(r => r.State != DeliveryState.Baseline));
                _storeProblem = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _storeProblem = AwsProblems.Describe(new FleetReadException("Reading the delivery policies and records", ex));
            }
            _loaded = true;
            _passes.Replace([new DeliveryPass(Interlocked.Read(ref _passNumber), _time.GetUtcNow(), _storeProblem)]);
        }
        finally
        {
            _reading.Release();
        }
    }

    private async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            await RefreshAsync(cancellationToken);
        }
    }

    // A write or a pass asks for one read; writes arriving while one is pending share it.
    private void RequestRefresh()
    {
        if (Interlocked.Exchange(ref _refreshRequested, 1) == 0)
        {
            _ = RefreshInBackgroundAsync();
        }
    }

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            await Task.Yield();
            await RefreshAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "The delivery feed could not re-read the store; the next write or pass tries again");
        }
    }

    private static async IAsyncEnumerable<IReadOnlyList<Change<T>>> OnlyAsync<T>(
        IAsyncEnumerable<IReadOnlyList<Change<T>>> changes, Func<T, bool> keep, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var batch in changes.WithCancellation(cancellationToken))
        {
            var kept = batch.Where(c => keep(c.Item)).ToList();
            if (kept.Count > 0)
            {
                yield return kept;
            }
        }
    }

    // Store entities are not values: a policy is unchanged when what a person sees of it is (its lease comes and goes).
    private sealed class PolicyAsShown : IEqualityComparer<DeliveryPolicy>
    {
        public static readonly PolicyAsShown Instance = new();

        public bool Equals(DeliveryPolicy? x, DeliveryPolicy? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Shown(x) == Shown(y));

        public int GetHashCode(DeliveryPolicy obj) => Shown(obj).GetHashCode();

        private static (string?, string?, string, string, string, string, string, string?, bool, int?, int?, bool) Shown(DeliveryPolicy p) =>
            (p.ConnectionName, p.Region, p.Name, p.Cluster, p.Service, p.Repository, p.TagPattern, p.Container, p.RequireApproval,
                p.QuietStartMinute, p.QuietEndMinute, p.Enabled);
    }

    // A record's every change bumps its Version (the store's compare-and-set).
    private sealed class RecordAsShown : IEqualityComparer<DeliveryRecord>
    {
        public static readonly RecordAsShown Instance = new();

        public bool Equals(DeliveryRecord? x, DeliveryRecord? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Id == y.Id && x.Version == y.Version && x.State == y.State);

        public int GetHashCode(DeliveryRecord obj) => HashCode.Combine(obj.Id, obj.Version, obj.State);
    }
}

/// <summary>The mark of the latest evaluation pass (or store read) and the store's problem, if the read failed.</summary>
public sealed record DeliveryPass(long Number, DateTimeOffset At, AwsProblem? StoreProblem);
