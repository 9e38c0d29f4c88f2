using Microsoft.Data.Sqlite;

namespace EcsConsole.Core.Store;

/// <summary>Resolves the SQLite file against the content root so the store does not move with the working directory.</summary>
public static class ConsoleStoreConnection
{
    public static string ResolveSqlite(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? ConsoleStoreOptions.DefaultSqliteConnectionString : connectionString);
        if (IsFile(builder.DataSource) && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }

    /// <summary>The directory the SQLite file lives in, or null for in-memory databases.</summary>
    public static string? SqliteDirectory(string resolvedConnectionString)
    {
        var source = new SqliteConnectionStringBuilder(resolvedConnectionString).DataSource;
        return IsFile(source) ? Path.GetDirectoryName(Path.GetFullPath(source)) : null;
    }

    private static bool IsFile(string dataSource) =>
        !string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
