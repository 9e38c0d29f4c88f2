using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Store;

/// <summary>
/// Applies the store's migrations once per process. Singleton; everything that needs the schema (bootstrap admin,
/// background writers) awaits <see cref="EnsureReadyAsync"/> rather than relying on hosted-service order.
/// </summary>
public sealed class ConsoleStoreInitializer(IDbContextFactory<ConsoleDbContext> contexts, ILogger<ConsoleStoreInitializer> logger)
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

        logger.LogInformation("Console store ready ({Provider})", db.Database.ProviderName);
    }
}
