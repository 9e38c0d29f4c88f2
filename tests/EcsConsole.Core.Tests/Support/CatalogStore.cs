using EcsConsole.Core.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EcsConsole.Core.Tests.Support;

/// <summary>
/// A fresh, migrated console store for the catalog's tests: a temporary SQLite file, or a throw-away database on the
/// PostgreSQL server named by <c>ECSCONSOLE_TEST_POSTGRES</c>. Register more services through <c>configure</c>.
/// </summary>
internal sealed class CatalogStore : IAsyncDisposable
{
    public const string PostgresVariable = "ECSCONSOLE_TEST_POSTGRES";

    private readonly string? _sqliteDirectory;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresDatabase;
    private readonly Dictionary<string, string?> _config;
    private readonly List<ServiceProvider> _instances = [];

    private CatalogStore(ServiceProvider services, Dictionary<string, string?> config, string? sqliteDirectory, string? postgresAdmin, string? postgresDatabase)
    {
        Services = services;
        _config = config;
        _sqliteDirectory = sqliteDirectory;
        _postgresAdmin = postgresAdmin;
        _postgresDatabase = postgresDatabase;
    }

    public ServiceProvider Services { get; }

    /// <summary>
    /// Another console instance on the same database: its own container (context factory, initializer, singletons),
    /// given <paramref name="settings"/> on top of the store's (e.g. <c>Leases:InstanceId</c>). Disposed with the store.
    /// </summary>
    public async Task<ServiceProvider> AddInstanceAsync(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection> configure)
    {
        var config = new Dictionary<string, string?>(_config);
        foreach (var (key, value) in settings)
        {
            config[key] = value;
        }

        var built = Build(config, configure);
        _instances.Add(built);
        await built.GetRequiredService<ConsoleStoreInitializer>().EnsureReadyAsync(CancellationToken.None);
        return built;
    }

    private static ServiceProvider Build(Dictionary<string, string?> config, Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddConsoleStore(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        configure(services);
        return services.BuildServiceProvider();
    }

    public static Task<CatalogStore> CreateAsync(string provider, Action<IServiceCollection> configure) =>
        CreateAsync(provider, new Dictionary<string, string?>(), configure);

    /// <param name="settings">Configuration on top of the store's, e.g. <c>Leases:InstanceId</c>.</param>
    public static async Task<CatalogStore> CreateAsync(string provider, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection> configure)
    {
        string? directory = null, admin = null, database = null;
        var config = new Dictionary<string, string?>();
        if (provider == "PostgreSql")
        {
            admin = Environment.GetEnvironmentVariable(PostgresVariable) ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
            database = "ecsconsole_catalog_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
            config["Store:Provider"] = "PostgreSql";
            config["Store:ConnectionString"] = new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = false }.ConnectionString;
        }
        else
        {
            directory = Path.Combine(Path.GetTempPath(), "ecsconsole-catalog-" + Guid.NewGuid().ToString("N"));
            config["Store:Provider"] = "Sqlite";
            config["Store:ConnectionString"] = $"Data Source={Path.Combine(directory, "console.db")}";
        }
        foreach (var (key, value) in settings)
        {
            config[key] = value;
        }

        var built = Build(config, configure);
        await built.GetRequiredService<ConsoleStoreInitializer>().EnsureReadyAsync(CancellationToken.None);
        return new CatalogStore(built, config, directory, admin, database);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await Services.DisposeAsync();
        if (_sqliteDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; failing the test for it would not be.
            }
        }
        if (_postgresAdmin is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>A fact that runs against PostgreSQL when <c>ECSCONSOLE_TEST_POSTGRES</c> is set, and is skipped with the reason otherwise.</summary>
internal sealed class RequiresPostgresFactAttribute : FactAttribute
{
    public RequiresPostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(CatalogStore.PostgresVariable)))
        {
            Skip = $"skipped: {CatalogStore.PostgresVariable} is not set (an Npgsql connection string to a server where the tests may create databases)";
        }
    }
}
