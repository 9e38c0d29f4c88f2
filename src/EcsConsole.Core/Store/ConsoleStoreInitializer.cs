using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Store;

/// <summary>
/// Applies the store's migrations once per process. Singleton; everything that needs the schema (bootstrap admin,
/// background writers) awaits <see cref="EnsureReadyAsync"/> rather than relying on hosted-service order.
/// </summary>
public sealed class ConsoleStoreInitializer(IDbContextFactory<ConsoleDbContext> contexts, ILogger<ConsoleStoreInitializer> logger, EcsConsole.Aws.AwsConnection? aws = null)
{
    private readonly Lock _gate = new();
    private Task? _ready;

    public Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // A failed attempt is retried by the next caller instead of caching the failure forever.
            if (_ready is null || _ready.IsFaulted || _ready.IsCanceled) _ready = MigrateAsync(cancellationToken);
            return _ready;
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            var directory = ConsoleStoreConnection.SqliteDirectory(db.Database.GetConnectionString() ?? string.Empty);
            if (directory is not null) Directory.CreateDirectory(directory);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the audit page read while a writer commits; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            SqliteConnection.ClearAllPools();
        }

        if (aws is not null)
        {
            var assigned = await AssignPreConnectionRecordsAsync(db, aws.Default.Region, cancellationToken);
            if (assigned > 0)
            {
                logger.LogInformation("{Count} records from before connections assigned to connection {Connection} in {Region}", assigned, Connection.ConnectionCatalog.DefaultName, aws.Default.Region);
            }
        }

        logger.LogInformation("Console store ready ({Provider})", db.Database.ProviderName);
    }

    /// <summary>
    /// Records made before connections existed carry none; they were made on the console's own connection in its region,
    /// so they are given that connection and region (a region they already name is kept). Without it they would belong
    /// to the default connection in every region. Idempotent: a record once assigned is never touched again.
    /// </summary>
    public static async Task<int> AssignPreConnectionRecordsAsync(ConsoleDbContext db, string defaultRegion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultRegion);
        return await AssignAsync(db.AuditEntries, defaultRegion, cancellationToken)
            + await AssignAsync(db.Rollouts, defaultRegion, cancellationToken)
            + await AssignAsync(db.DeliveryPolicies, defaultRegion, cancellationToken)
            + await AssignAsync(db.Set<Wizards.WizardRunRecord>(), defaultRegion, cancellationToken)
            + await AssignAsync(db.StoppedTasks, defaultRegion, cancellationToken);
    }

    private static Task<int> AssignAsync<T>(DbSet<T> records, string region, CancellationToken cancellationToken) where T : class, Connection.IConnectionStamped =>
        records.Where(r => r.ConnectionName == null).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.ConnectionName, Connection.ConnectionCatalog.DefaultName)
            .SetProperty(r => r.Region, r => r.Region ?? region), cancellationToken);
}
