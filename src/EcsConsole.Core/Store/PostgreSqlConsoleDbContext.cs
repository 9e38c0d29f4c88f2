using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.Store;

/// <summary>The PostgreSQL store; migrations in Store/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlConsoleDbContext(DbContextOptions<PostgreSqlConsoleDbContext> options) : ConsoleDbContext(options);
