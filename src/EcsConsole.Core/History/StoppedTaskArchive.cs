using EcsConsole.Core.Connection;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.History;

/// <summary>
/// Reads and writes the stopped-task history in the console's store. Singleton; each call opens its own context.
/// Queries answer for the region of the current connection.
/// </summary>
public sealed class StoppedTaskArchive(
    IDbContextFactory<ConsoleDbContext> contexts,
    ConsoleStoreInitializer store,
    AwsConnection connection) : IStoppedTaskArchive
{
    public async Task<IReadOnlyList<StoppedTaskSummary>> GetStoppedTasksAsync(
        string cluster,
        string? service,
        DateTimeOffset? since,
        int limit,
        CancellationToken cancellationToken = default)
    {
        await store.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var region = connection.Current.Region;
        var connectionName = ConnectionStamp.Current is { IsDefault: false } stamp ? stamp.Name : null;
        var query = db.StoppedTasks.AsNoTracking().Where(t => t.Region == region && t.Cluster == cluster
            && (connectionName == null ? t.ConnectionName == null || t.ConnectionName == ConnectionCatalog.DefaultName : t.ConnectionName == connectionName));
        if (service is not null)
        {
            query = query.Where(t => t.Service == service);
        }
        if (since is { } from)
        {
            var utc = from.ToUniversalTime();
            query = query.Where(t => t.StoppedAt >= utc);
        }
        var records = await query
            .OrderByDescending(t => t.StoppedAt)
            .Take(Math.Max(0, limit))
            .ToListAsync(cancellationToken);
        return [.. records.Select(r => r.ToSummary())];
    }

    /// <summary>Of <paramref name="taskArns"/>, those already archived in their final state (no need to describe them again).</summary>
    internal async Task<HashSet<string>> FinishedAsync(IReadOnlyCollection<string> taskArns, CancellationToken cancellationToken)
    {
        await store.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var finished = new HashSet<string>(StringComparer.Ordinal);
        // Chunked so the IN list stays well within every provider's parameter limit.
        foreach (var chunk in taskArns.Chunk(500))
        {
            finished.UnionWith(await db.StoppedTasks.AsNoTracking()
                .Where(t => chunk.Contains(t.TaskArn) && t.LastStatus == "STOPPED")
                .Select(t => t.TaskArn)
                .ToListAsync(cancellationToken));
        }
        return finished;
    }

    /// <summary>Inserts or updates one row per task (keyed by ARN).</summary>
    internal async Task UpsertAsync(IReadOnlyList<EcsTask> tasks, string region, string cluster, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (tasks.Count == 0)
        {
            return;
        }
        await store.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = tasks.Where(t => t.TaskArn is not null).Select(t => t.ToRecord(region, cluster, now)).ToList();
        var arns = records.Select(r => r.TaskArn).ToList();
        var existing = await db.StoppedTasks.Where(t => arns.Contains(t.TaskArn)).ToDictionaryAsync(t => t.TaskArn, cancellationToken);
        foreach (var record in records)
        {
            if (existing.TryGetValue(record.TaskArn, out var row))
            {
                record.CopyTo(row);
            }
            else
            {
                db.StoppedTasks.Add(record);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes rows of tasks stopped (or, lacking a stop time, archived) before <paramref name="cutoff"/>.</summary>
    internal async Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await store.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var utc = cutoff.ToUniversalTime();
        return await db.StoppedTasks
            .Where(t => t.StoppedAt < utc || (t.StoppedAt == null && t.ArchivedAt < utc))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
