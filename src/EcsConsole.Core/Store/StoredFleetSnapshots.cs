using System.Collections.Concurrent;
using System.Security.Cryptography;
using EcsConsole.Core.Fleet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Store;

/// <summary>
/// Keeps the last complete fleet read per connection and region in the <c>FleetSnapshots</c> table: one row each,
/// rewritten only when the fleet changed (an unchanged fleet renews the row's age at most every
/// <see cref="AgeRenewal"/>, one small UPDATE), and never larger than <see cref="MaxPayloadBytes"/> compressed.
/// Singleton, thread-safe; instances sharing the store share the rows.
/// </summary>
public sealed class StoredFleetSnapshots(
    IDbContextFactory<ConsoleDbContext> contexts,
    ConsoleStoreInitializer store,
    ILogger<StoredFleetSnapshots> logger) : IFleetSnapshotStore
{
    /// <summary>A compressed snapshot above this is not kept (about 150,000 services): the store is not a blob store.</summary>
    public const int MaxPayloadBytes = 16 * 1024 * 1024;

    public static readonly TimeSpan AgeRenewal = TimeSpan.FromSeconds(30);

    // What this process last wrote per key, so an unchanged fleet costs no serialising and at most a small UPDATE.
    private readonly ConcurrentDictionary<string, Written> _written = new(StringComparer.Ordinal);

    public async Task<KeptFleetSnapshot?> LoadAsync(string connectionKey, CancellationToken cancellationToken)
    {
        await store.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.FleetSnapshots.AsNoTracking().SingleOrDefaultAsync(r => r.ConnectionKey == connectionKey, cancellationToken);
        // A placeholder holds only a new poller's lease (SharedFleetPolling) until its first read is kept.
        return row is null || row.IsPlaceholder ? null : new KeptFleetSnapshot(FleetSnapshotCodec.Decode(row.Payload), row.ReadAt);
    }

    public async Task SaveAsync(string connectionKey, FleetSnapshot snapshot, DateTimeOffset readAt, bool changed, CancellationToken cancellationToken)
    {
        if (connectionKey.Length > FleetSnapshotRecord.MaxKeyLength)
        {
            throw new ArgumentException($"A fleet snapshot key is at most {FleetSnapshotRecord.MaxKeyLength} characters; '{connectionKey[..40]}…' is {connectionKey.Length}.", nameof(connectionKey));
        }
        var last = _written.GetValueOrDefault(connectionKey);
        if (!changed && last is not null)
        {
            if (readAt - last.ReadAt < AgeRenewal)
            {
                return;
            }
            if (await RenewAgeAsync(connectionKey, last.Hash, readAt, cancellationToken))
            {
                _written[connectionKey] = last with { ReadAt = readAt };
                return;
            }
            // Another instance wrote a different fleet over ours since: write ours in full.
        }

        var payload = FleetSnapshotCodec.Encode(snapshot);
        if (payload.Length > MaxPayloadBytes)
        {
            logger.LogWarning(
                "Fleet snapshot of {Connection} is {Bytes} bytes compressed, above the {Max} kept; a restarted console shows it after its first read instead",
                connectionKey, payload.Length, MaxPayloadBytes);
            return;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(payload));
        await store.EnsureReadyAsync(cancellationToken);
        await WriteAsync(connectionKey, snapshot, readAt, payload, hash, cancellationToken);
        _written[connectionKey] = new Written(readAt, hash);
    }

    private async Task<bool> RenewAgeAsync(string connectionKey, string hash, DateTimeOffset readAt, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.FleetSnapshots
            .Where(r => r.ConnectionKey == connectionKey && r.ContentHash == hash)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadAt, readAt), cancellationToken);
        return updated == 1;
    }

    private async Task WriteAsync(string connectionKey, FleetSnapshot snapshot, DateTimeOffset readAt, byte[] payload, string hash, CancellationToken cancellationToken)
    {
        // Two attempts: an instance inserting the same key between our look and our insert turns the second into an update.
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var row = await db.FleetSnapshots.SingleOrDefaultAsync(r => r.ConnectionKey == connectionKey, cancellationToken);
            if (row is null)
            {
                row = new FleetSnapshotRecord { ConnectionKey = connectionKey, ContentHash = hash, Payload = payload };
                db.FleetSnapshots.Add(row);
            }
            else if (row.ReadAt > readAt)
            {
                return; // A newer read (another instance's) is kept already.
            }
            row.ReadAt = readAt;
            row.ContentHash = hash;
            row.Payload = payload;
            row.ClusterCount = snapshot.Clusters.Length;
            row.ServiceCount = snapshot.ServicesByCluster.Values.Sum(s => s.Length);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
            }
        }
    }

    private sealed record Written(DateTimeOffset ReadAt, string Hash);
}
