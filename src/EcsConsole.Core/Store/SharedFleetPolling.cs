using System.Collections.Concurrent;
using EcsConsole.Core.Fleet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EcsConsole.Core.Store;

/// <summary>
/// <see cref="IFleetPollerElection"/> on PostgreSQL: the poller lease is an owner lease (<see cref="OwnerLeases"/>) on the
/// connection's <see cref="FleetSnapshotRecord"/> row (a placeholder row is inserted with the lease when none exists
/// yet), renewed by the <see cref="LeaseHeartbeat"/> with every other lease of the instance; new snapshots are announced
/// with <c>NOTIFY ecsconsole_fleet_snapshots, '&lt;key&gt;'</c> and heard on one connection per instance kept in
/// <c>LISTEN</c>, opened on first use and reopened after a failure. Singleton.
/// </summary>
public sealed class SharedFleetPolling(
    IDbContextFactory<ConsoleDbContext> contexts,
    ConsoleStoreInitializer store,
    OwnerLeases leases,
    IOptions<ConsoleStoreOptions> options,
    TimeProvider time,
    ILogger<SharedFleetPolling> logger) : IFleetPollerElection, IAsyncDisposable
{
    public const string Channel = "ecsconsole_fleet_snapshots";

    private static readonly TimeSpan ListenRetry = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, LeaseHandle> _led = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _announced = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _listenGate = new();
    private Task? _listener;
    private int _disposed;

    public static string LeaseKey(string snapshotKey) => $"fleet-poller/{snapshotKey}";

    public async Task<bool> TryLeadAsync(string snapshotKey, CancellationToken cancellationToken)
    {
        if (_led.TryGetValue(snapshotKey, out var held))
        {
            if (!held.IsLost)
            {
                return true;
            }

            _led.TryRemove(new KeyValuePair<string, LeaseHandle>(snapshotKey, held));
            held.Abandon();
        }

        await store.EnsureReadyAsync(cancellationToken);
        var key = LeaseKey(snapshotKey);
        var taken = await leases.TryAcquireAsync<FleetSnapshotRecord>(key, r => r.ConnectionKey == snapshotKey, cancellationToken)
            ?? await InsertWithLeaseAsync(key, snapshotKey, cancellationToken);
        if (taken is null)
        {
            return false;
        }

        _led[snapshotKey] = taken;
        logger.LogInformation("Console instance {Instance} polls the fleet of {Connection} for every instance on the store", leases.Owner, snapshotKey);
        return true;
    }

    public async Task AnnounceAsync(string snapshotKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {snapshotKey})", cancellationToken);
    }

    public async Task WaitForSnapshotAsync(string snapshotKey, TimeSpan timeout, CancellationToken cancellationToken)
    {
        EnsureListening();
        var announced = _announced.GetOrAdd(snapshotKey, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, bounded.Token);
        await Task.WhenAny(announced.Task, delay);
        await bounded.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public async Task ResignAsync(string snapshotKey)
    {
        if (_led.TryRemove(snapshotKey, out var held))
        {
            await held.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Registered as itself and as IFleetPollerElection, so the container disposes it twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_listener is { } listener)
        {
            await listener;
        }

        foreach (var snapshotKey in _led.Keys.ToList())
        {
            await ResignAsync(snapshotKey);
        }

        _stopping.Dispose();
    }

    // No row yet: the first instance to insert one (a placeholder holding its lease) polls; a racing insert loses on the key.
    private async Task<LeaseHandle?> InsertWithLeaseAsync(string key, string snapshotKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.FleetSnapshots.AnyAsync(r => r.ConnectionKey == snapshotKey, cancellationToken))
        {
            return null;
        }

        var handle = leases.Reserve<FleetSnapshotRecord>(key, r => r.ConnectionKey == snapshotKey);
        if (handle is null)
        {
            return null;
        }

        var lease = leases.Fresh();
        var row = new FleetSnapshotRecord { ConnectionKey = snapshotKey, ContentHash = "", Payload = [] };
        lease.ApplyTo(row);
        db.FleetSnapshots.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            handle.Confirm(lease.ExpiresAt);
            return handle;
        }
        catch (DbUpdateException)
        {
            handle.Abandon();
            return null;
        }
    }

    private void EnsureListening()
    {
        lock (_listenGate)
        {
            _listener ??= Task.Run(() => ListenAsync(_stopping.Token));
        }
    }

    private async Task ListenAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(options.Value.ConnectionString);
                await connection.OpenAsync(stopping);
                connection.Notification += (_, e) => Heard(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping);
                }

                while (true)
                {
                    await connection.WaitAsync(stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Followers still read the store at their poll interval; announcements only make them quicker.
                logger.LogWarning(ex, "Listening for fleet snapshot announcements failed; trying again in {Retry}", ListenRetry);
                try
                {
                    await Task.Delay(ListenRetry, time, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Heard(string snapshotKey)
    {
        if (_announced.TryRemove(snapshotKey, out var waiting))
        {
            waiting.TrySetResult();
        }
    }
}
