using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Store;

/// <summary>
/// Owner leases on store rows (<see cref="ILeased"/>), for console instances sharing one store. Taking, renewing and
/// giving back a lease are each one conditional UPDATE (<c>WHERE owner IS NULL OR expires &lt;= now OR owner = me</c> to
/// take; <c>WHERE owner = me</c> to renew or give back), atomic on SQLite and PostgreSQL alike, so two instances never
/// both hold a row. Inside the process a lease is held at most once: a second taker here is refused before the store is
/// asked. The leases this instance holds are renewed by <see cref="LeaseHeartbeat"/>; one that could not be renewed
/// (another instance took it over after it expired) is marked lost, which cancels <see cref="LeaseHandle.Lost"/> so the
/// work under it stops. Times come from the injected clock. Singleton.
/// </summary>
public sealed class OwnerLeases(
    IDbContextFactory<ConsoleDbContext> contexts,
    ConsoleInstance instance,
    TimeProvider time,
    IOptions<LeaseOptions> options,
    ILogger<OwnerLeases> logger)
{
    internal const string OwnerColumn = nameof(ILeased.LeaseOwner);
    internal const string AcquiredColumn = nameof(ILeased.LeaseAcquiredAt);
    internal const string HeartbeatColumn = nameof(ILeased.LeaseHeartbeatAt);
    internal const string ExpiresColumn = nameof(ILeased.LeaseExpiresAt);

    private readonly ConcurrentDictionary<string, LeaseHandle> _held = new(StringComparer.Ordinal);

    /// <summary>This instance's id, as the lease columns name it.</summary>
    public string Owner => instance.Id;

    public TimeSpan Expiry => options.Value.Expiry > TimeSpan.Zero ? options.Value.Expiry : TimeSpan.FromSeconds(60);

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>A lease for this instance from now on, for a row about to be written with it (see <see cref="Reserve{T}"/>).</summary>
    public OwnerLease Fresh()
    {
        var now = time.GetUtcNow();
        return new OwnerLease(Owner, now, now, now + Expiry);
    }

    /// <summary>Whether something in this process holds (or is taking) the lease named <paramref name="key"/>.</summary>
    public bool IsHeldHere(string key) => _held.ContainsKey(key);

    /// <summary>The leases this process holds now.</summary>
    public IReadOnlyCollection<string> HeldKeys => [.. _held.Keys];

    /// <summary>
    /// For a row this instance is about to write with a <see cref="Fresh"/> lease of its own (an insert, or a
    /// compare-and-set that claims it): registers the lease in this process first, so nothing here takes the row in
    /// between. Call <see cref="LeaseHandle.Confirm"/> once the row is written; dispose the handle when done. Null when
    /// something in this process holds the key already.
    /// </summary>
    public LeaseHandle? Reserve<T>(string key, Expression<Func<T, bool>> row)
        where T : class, ILeased
    {
        var handle = new LeaseHandle(this, key, (now, ct) => RenewRowAsync(row, now, ct), ct => ReleaseRowAsync(row, ct));
        return _held.TryAdd(key, handle) ? handle : null;
    }

    /// <summary>
    /// Takes the lease on the row(s) <paramref name="row"/> selects when nobody holds it, its holder let it expire, or
    /// the store names this instance (left by an earlier life with the same configured id): one conditional UPDATE.
    /// Null when another instance holds it, this process holds it already, or no row matches.
    /// </summary>
    public Task<LeaseHandle?> TryAcquireAsync<T>(string key, Expression<Func<T, bool>> row, CancellationToken cancellationToken)
        where T : class, ILeased =>
        TryAcquireAsync(key, row, null, cancellationToken);

    /// <summary>
    /// As <see cref="TryAcquireAsync{T}(string, Expression{Func{T, bool}}, CancellationToken)"/>, taking the lease only
    /// while the row also meets <paramref name="when"/> (e.g. "still Running"), checked in the same UPDATE. The row
    /// predicate alone names the row when the lease is renewed and given back.
    /// </summary>
    public async Task<LeaseHandle?> TryAcquireAsync<T>(string key, Expression<Func<T, bool>> row, Expression<Func<T, bool>>? when, CancellationToken cancellationToken)
        where T : class, ILeased
    {
        var handle = Reserve(key, row);
        if (handle is null)
        {
            return null;
        }

        try
        {
            var now = time.GetUtcNow();
            var expires = now + Expiry;
            var me = Owner;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = db.Set<T>().Where(row);
            if (when is not null)
            {
                rows = rows.Where(when);
            }

            var taken = await rows
                .Where(e => EF.Property<string?>(e, OwnerColumn) == null
                            || EF.Property<DateTimeOffset?>(e, ExpiresColumn) <= now
                            || EF.Property<string?>(e, OwnerColumn) == me)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(e => EF.Property<string?>(e, OwnerColumn), me)
                    .SetProperty(e => EF.Property<DateTimeOffset?>(e, AcquiredColumn), now)
                    .SetProperty(e => EF.Property<DateTimeOffset?>(e, HeartbeatColumn), now)
                    .SetProperty(e => EF.Property<DateTimeOffset?>(e, ExpiresColumn), expires), cancellationToken);
            if (taken > 0)
            {
                handle.Confirm(expires);
                return handle;
            }
        }
        catch
        {
            Forget(handle);
            throw;
        }

        Forget(handle);
        return null;
    }

    /// <summary>
    /// Renews every lease this process holds. A lease the store no longer names this instance for (taken over after it
    /// expired), or one that could not be renewed before it expired, is marked lost. Returns how many were lost.
    /// </summary>
    public async Task<int> RenewAllAsync(CancellationToken cancellationToken)
    {
        var lost = 0;
        foreach (var handle in _held.Values.Where(h => h.IsConfirmed && !h.IsLost).ToList())
        {
            var now = time.GetUtcNow();
            try
            {
                if (await handle.RenewRowAsync(now, cancellationToken))
                {
                    handle.ExpiresAt = now + Expiry;
                    continue;
                }

                logger.LogWarning("Lease {Key} of console instance {Instance} was taken over by another instance after it expired; the work under it stops", handle.Key, Owner);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (now < handle.ExpiresAt)
                {
                    logger.LogWarning(ex, "Lease {Key} could not be renewed; trying again before it expires at {ExpiresAt:O}", handle.Key, handle.ExpiresAt);
                    continue;
                }

                // Another instance may hold it by now: stop rather than risk doing the work twice.
                logger.LogWarning(ex, "Lease {Key} could not be renewed before it expired at {ExpiresAt:O}; the work under it stops", handle.Key, handle.ExpiresAt);
            }

            handle.MarkLost();
            _held.TryRemove(new KeyValuePair<string, LeaseHandle>(handle.Key, handle));
            lost++;
        }

        return lost;
    }

    internal async Task ReleaseAsync(LeaseHandle handle)
    {
        _held.TryRemove(new KeyValuePair<string, LeaseHandle>(handle.Key, handle));
        try
        {
            // WHERE owner = me: a lease another instance has taken over since is left alone.
            await handle.ReleaseRowAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Lease {Key} could not be given back; it expires on its own at {ExpiresAt:O}", handle.Key, handle.ExpiresAt);
        }
    }

    internal void Forget(LeaseHandle handle) => _held.TryRemove(new KeyValuePair<string, LeaseHandle>(handle.Key, handle));

    private async Task<bool> RenewRowAsync<T>(Expression<Func<T, bool>> row, DateTimeOffset now, CancellationToken cancellationToken)
        where T : class, ILeased
    {
        var me = Owner;
        var expires = now + Expiry;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<T>().Where(row)
            .Where(e => EF.Property<string?>(e, OwnerColumn) == me)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => EF.Property<DateTimeOffset?>(e, HeartbeatColumn), now)
                .SetProperty(e => EF.Property<DateTimeOffset?>(e, ExpiresColumn), expires), cancellationToken) > 0;
    }

    private async Task ReleaseRowAsync<T>(Expression<Func<T, bool>> row, CancellationToken cancellationToken)
        where T : class, ILeased
    {
        var me = Owner;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<T>().Where(row)
            .Where(e => EF.Property<string?>(e, OwnerColumn) == me)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => EF.Property<string?>(e, OwnerColumn), (string?)null)
                .SetProperty(e => EF.Property<DateTimeOffset?>(e, AcquiredColumn), (DateTimeOffset?)null)
                .SetProperty(e => EF.Property<DateTimeOffset?>(e, HeartbeatColumn), (DateTimeOffset?)null)
                .SetProperty(e => EF.Property<DateTimeOffset?>(e, ExpiresColumn), (DateTimeOffset?)null), cancellationToken);
    }
}

/// <summary>
/// A lease this process holds on a store row. <see cref="Lost"/> is cancelled when the lease is lost (another instance
/// took it over after it expired); link it into the work done under the lease. Disposing gives the lease back.
/// </summary>
public sealed class LeaseHandle : IAsyncDisposable
{
    private readonly OwnerLeases _owner;
    private readonly Func<DateTimeOffset, CancellationToken, Task<bool>> _renew;
    private readonly Func<CancellationToken, Task> _release;
    private readonly CancellationTokenSource _lost = new();
    private int _disposed;

    internal LeaseHandle(OwnerLeases owner, string key, Func<DateTimeOffset, CancellationToken, Task<bool>> renew, Func<CancellationToken, Task> release)
    {
        _owner = owner;
        _renew = renew;
        _release = release;
        Key = key;
    }

    /// <summary>What is leased, e.g. <c>wizard-run/3f2a…</c>.</summary>
    public string Key { get; }

    /// <summary>This instance's id.</summary>
    public string Owner => _owner.Owner;

    /// <summary>The row is written with the lease (taken, or inserted with it); only then does the heartbeat renew it.</summary>
    public bool IsConfirmed { get; private set; }

    /// <summary>When the lease expires unless renewed, as this instance last wrote it.</summary>
    public DateTimeOffset ExpiresAt { get; internal set; }

    public CancellationToken Lost => _lost.Token;

    public bool IsLost => _lost.IsCancellationRequested;

    /// <summary>The row now carries this lease (written with <see cref="OwnerLeases.Fresh"/>, expiring at <paramref name="expiresAt"/>).</summary>
    public void Confirm(DateTimeOffset expiresAt)
    {
        ExpiresAt = expiresAt;
        IsConfirmed = true;
    }

    internal Task<bool> RenewRowAsync(DateTimeOffset now, CancellationToken cancellationToken) => _renew(now, cancellationToken);

    internal Task ReleaseRowAsync(CancellationToken cancellationToken) => _release(cancellationToken);

    internal void MarkLost()
    {
        try
        {
            _lost.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Given back already.
        }
    }

    /// <summary>
    /// Stops holding the lease without giving it back: it is no longer renewed and expires on its own, after which another
    /// instance takes the row over as left by a stopped instance. For work that ended in a state nobody can vouch for
    /// (a rollout start cut short), which the row must not look finished or free before then.
    /// </summary>
    public void Abandon()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _owner.Forget(this);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _owner.ReleaseAsync(this);
    }
}
