using EcsConsole.Core.Audit;
using EcsConsole.Core.Security;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace EcsConsole.Security.Tests.Support;

/// <summary>
/// A fresh, migrated console store with the security services around it: a temporary SQLite file, or a throw-away
/// database on the PostgreSQL server named by <c>ECSCONSOLE_TEST_POSTGRES</c>.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string? _sqliteDirectory;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresDatabase;

    private TestStore(ServiceProvider services, string? sqliteDirectory, string? postgresAdmin, string? postgresDatabase)
    {
        Services = services;
        _sqliteDirectory = sqliteDirectory;
        _postgresAdmin = postgresAdmin;
        _postgresDatabase = postgresDatabase;
    }

    public static DateTimeOffset Start { get; } = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public TestOperator Operator => (TestOperator)Services.GetRequiredService<ICurrentOperator>();

    public TestTagReader TagReader => Services.GetRequiredService<TestTagReader>();

    public IAuditTrail Audit => Services.GetRequiredService<IAuditTrail>();

    public IOperationAuthorizer Guard => Services.GetRequiredService<IOperationAuthorizer>();

    public ConsoleUserService Users => Services.GetRequiredService<ConsoleUserService>();

    public static Task<TestStore> SqliteAsync(IDictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "ecsconsole-sec-" + Guid.NewGuid().ToString("N"));
        var config = new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Sqlite",
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(directory, "store", "console.db")}",
        };
        return CreateAsync(config, settings, directory, null, null);
    }

    public static async Task<TestStore> PostgreSqlAsync(IDictionary<string, string?>? settings = null)
    {
        var admin = Environment.GetEnvironmentVariable(RequiresPostgresFactAttribute.Variable)
                    ?? throw new InvalidOperationException($"{RequiresPostgresFactAttribute.Variable} is not set.");
        var database = "ecsconsole_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = false };
        var config = new Dictionary<string, string?>
        {
            ["Store:Provider"] = "PostgreSql",
            ["Store:ConnectionString"] = builder.ConnectionString,
        };
        return await CreateAsync(config, settings, null, admin, database);
    }

    public static Task<TestStore> CreateAsync(string provider, IDictionary<string, string?>? settings = null) =>
        provider == "PostgreSql" ? PostgreSqlAsync(settings) : SqliteAsync(settings);

    public async Task<ConsoleDbContext> OpenDbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();

    public async Task<List<AuditEntry>> AuditEntriesAsync()
    {
        await using var db = await OpenDbAsync();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
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

    private static async Task<TestStore> CreateAsync(Dictionary<string, string?> config, IDictionary<string, string?>? settings, string? sqliteDirectory, string? postgresAdmin, string? postgresDatabase)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(config).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Start));
        services.AddSingleton<TestOperator>();
        services.AddSingleton<ICurrentOperator>(sp => sp.GetRequiredService<TestOperator>());
        services.AddSingleton<TestTagReader>();
        services.AddSingleton<IClusterTagReader>(sp => sp.GetRequiredService<TestTagReader>());
        services.AddConsoleStore(configuration);
        services.AddConsoleOperationGuard(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = false, ValidateOnBuild = true });
        var store = new TestStore(provider, sqliteDirectory, postgresAdmin, postgresDatabase);
        await provider.GetRequiredService<ConsoleStoreInitializer>().EnsureReadyAsync(CancellationToken.None);
        return store;
    }
}
