using EcsConsole.Core.Connection;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.Rollouts;

/// <summary>Keeps <see cref="RolloutRecord"/> rows in the console's store.</summary>
internal sealed class RolloutJournal(IDbContextFactory<ConsoleDbContext> contexts) : IRolloutJournal
{
    public async Task RecordAsync(RolloutRecord record, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        ConnectionStamp.Current?.ApplyTo(record);
        var existing = await db.Rollouts.FindAsync([record.DeploymentArn], cancellationToken);
        if (existing is null)
        {
            db.Rollouts.Add(record);
        }
        else
        {
            // The same deployment recorded twice (a retried start): the latest words win.
            db.Entry(existing).CurrentValues.SetValues(record);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, RolloutRecord>> GetAsync(string cluster, string service, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // SQLite stores DateTimeOffset as binary, which cannot be compared in SQL: filter the service's rows in memory.
        // Only this connection's: a service of the same name in another account is another service.
        var rows = await db.Rollouts.AsNoTracking().InConnection(ConnectionStamp.Current)
            .Where(r => r.Cluster == cluster && r.Service == service)
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.StartedAt >= since).ToDictionary(r => r.DeploymentArn, StringComparer.Ordinal);
    }
}
