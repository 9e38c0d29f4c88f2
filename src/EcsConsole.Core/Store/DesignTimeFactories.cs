using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EcsConsole.Core.Store;

// Used only by `dotnet ef migrations add`; no database is opened while generating migrations.
internal sealed class SqliteConsoleDbContextDesignFactory : IDesignTimeDbContextFactory<SqliteConsoleDbContext>
{
    public SqliteConsoleDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteConsoleDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgreSqlConsoleDbContextDesignFactory : IDesignTimeDbContextFactory<PostgreSqlConsoleDbContext>
{
    public PostgreSqlConsoleDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlConsoleDbContext>().UseNpgsql("Host=localhost;Database=ecsconsole_design").Options);
}
