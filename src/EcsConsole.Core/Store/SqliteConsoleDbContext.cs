using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EcsConsole.Core.Store;

/// <summary>The SQLite store; migrations in Store/Migrations/Sqlite.</summary>
public sealed class SqliteConsoleDbContext(DbContextOptions<SqliteConsoleDbContext> options) : ConsoleDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type: store instants as sortable integers so range filters and ORDER BY run in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
