using EcsConsole.Core.Connection;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// Delivery policies, records and webhooks in the console's store. Singleton. Every state change of a record is a
/// compare-and-set on its <see cref="DeliveryRecord.Version"/>, and a new record is a claim on (policy, digest), so console
/// instances sharing one store never both act on the same image.
/// </summary>
public sealed class DeliveryStore(IDbContextFactory<ConsoleDbContext> contexts)
{
    /// <summary>
    /// Raised after every write this instance makes to a policy or a record (saved, deleted, claimed, added, moved), on the
    /// writer's flow; <see cref="DeliveryFeed"/> publishes from it. Handlers must return at once.
    /// </summary>
    public event Action? Changed;

    public async Task<IReadOnlyList<DeliveryPolicy>> PoliciesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The policies of this flow's connection (the delivery loop runs on the console's own); another account's never act here.
        return await db.DeliveryPolicies.AsNoTracking().InConnection(ConnectionStamp.Current).OrderBy(p => p.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Every connection's policies (for <see cref="DeliveryFeed"/>, which hands each viewer those of its connection).</summary>
    public async Task<IReadOnlyList<DeliveryPolicy>> AllPoliciesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DeliveryPolicies.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
    }

    /// <summary>The connections and regions that have enabled policies, whatever the flow's connection (for the delivery loop).</summary>
    public async Task<IReadOnlyList<(string? ConnectionName, string? Region)>> PolicyPlacesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var places = await db.DeliveryPolicies.AsNoTracking().Where(p => p.Enabled)
            .Select(p => new { p.ConnectionName, p.Region }).Distinct().ToListAsync(cancellationToken);
        return [.. places.Select(p => (p.ConnectionName, p.Region))];
    }

    public async Task<DeliveryPolicy?> PolicyAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DeliveryPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Name == name, cancellationToken);
    }

    /// <summary>Adds or replaces a policy; with it, records the images already matching as the baseline it will not deploy.</summary>
    public async Task SavePolicyAsync(DeliveryPolicy policy, IReadOnlyList<DeliveryRecord> baseline, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.DeliveryPolicies.FirstOrDefaultAsync(p => p.Name == policy.Name, cancellationToken);
        if (existing is null)
        {
            db.DeliveryPolicies.Add(policy);
        }
        else
        {
            var entry = db.Entry(existing);
            entry.CurrentValues.SetValues(policy);
            // An instance may be evaluating it right now: its lease stays.
            entry.KeepLease();
        }

        var known = await db.DeliveryRecords.Where(r => r.PolicyName == policy.Name).Select(r => r.ImageDigest).ToListAsync(cancellationToken);
        db.DeliveryRecords.AddRange(baseline.Where(b => !known.Contains(b.ImageDigest)).DistinctBy(b => b.ImageDigest));
        await db.SaveChangesAsync(cancellationToken);
        Changed?.Invoke();
    }

    public async Task<bool> DeletePolicyAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.DeliveryPolicies.Where(p => p.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
        if (deleted) Changed?.Invoke();
        return deleted;
    }

    /// <summary>Digests this policy has already claimed.</summary>
    public async Task<IReadOnlySet<string>> ClaimedDigestsAsync(string policyName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var digests = await db.DeliveryRecords.AsNoTracking().Where(r => r.PolicyName == policyName).Select(r => r.ImageDigest).ToListAsync(cancellationToken);
        return digests.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Inserts the record as this instance's claim on (policy, digest). False when another instance (or an earlier pass)
    /// claimed it first: the unique index refuses the second insert.
    /// </summary>
    public async Task<bool> TryClaimAsync(DeliveryRecord record, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.DeliveryRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            Changed?.Invoke();
            return true;
        }
        catch (DbUpdateException)
        {
            if (await ExistsAsync(record.PolicyName, record.ImageDigest, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>Adds a record that is no claim (a promotion by an operator).</summary>
    public async Task AddAsync(DeliveryRecord record, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.DeliveryRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        Changed?.Invoke();
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the record if it is still at <paramref name="expectedVersion"/> and in one of
    /// <paramref name="from"/>; returns the changed record, or null when another instance moved it first.
    /// </summary>
    public async Task<DeliveryRecord?> TryMoveAsync(long id, int expectedVersion, IReadOnlyCollection<DeliveryState> from, Action<DeliveryRecord> change, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.DeliveryRecords.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null || record.Version != expectedVersion || !from.Contains(record.State))
        {
            return null;
        }

        change(record);
        record.Version = expectedVersion + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            Changed?.Invoke();
            return record;
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }
    }

    /// <summary>Records of a service (newest first), or of every service when both are null.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> RecordsAsync(string? cluster = null, string? service = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.DeliveryRecords.AsNoTracking();
        if (cluster is not null)
        {
            query = query.Where(r => r.Cluster == cluster);
        }

        if (service is not null)
        {
            query = query.Where(r => r.Service == service);
        }

        // SQLite keeps DateTimeOffset as text it cannot order by: sort in memory.
        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.DetectedAt).ThenByDescending(r => r.Id)];
    }

    /// <summary>Records of a policy still in play (waiting, starting or deploying).</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> OpenRecordsAsync(string policyName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = new[] { DeliveryState.Queued, DeliveryState.AwaitingApproval, DeliveryState.Approved, DeliveryState.Starting, DeliveryState.Deploying };
        var rows = await db.DeliveryRecords.AsNoTracking().Where(r => r.PolicyName == policyName && open.Contains(r.State)).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.DetectedAt).ThenBy(r => r.Id)];
    }

    public async Task<DeliveryRecord?> RecordAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DeliveryRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>Records of any service holding its rollout slot (starting or deploying), across policies and promotions.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> InFlightAsync(string cluster, string service, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DeliveryRecords.AsNoTracking()
            .Where(r => r.Cluster == cluster && r.Service == service && (r.State == DeliveryState.Starting || r.State == DeliveryState.Deploying))
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> ExistsAsync(string? policyName, string digest, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DeliveryRecords.AnyAsync(r => r.PolicyName == policyName && r.ImageDigest == digest, cancellationToken);
    }
}
