namespace EcsConsole.Core.Store;

public enum ConsoleStoreProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>The <c>Store</c> configuration section.</summary>
public sealed class ConsoleStoreOptions
{
    public const string SectionName = "Store";

    public const string DefaultSqliteConnectionString = "Data Source=data/ecsconsole.db";

    public ConsoleStoreProvider Provider { get; set; } = ConsoleStoreProvider.Sqlite;

    /// <summary>For SQLite a relative <c>Data Source</c> is resolved against the content root; empty means the default file.</summary>
    public string? ConnectionString { get; set; }
}
