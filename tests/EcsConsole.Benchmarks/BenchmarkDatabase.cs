using EcsConsole.Core.Fleet;
using EcsConsole.Core.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EcsConsole.Benchmarks;

/// <summary>A PostgreSQL database of its own for one benchmark, dropped afterwards; console instances open its store.</summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _name;

    private BenchmarkDatabase(string admin, string name)
    {
        _admin = admin;
        _name = name;
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;

    public static async Task<BenchmarkDatabase> CreateAsync(string admin)
    {
        var name = "ecsconsole_bench_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new BenchmarkDatabase(admin, name);
    }

    /// <summary>A console instance's store on this database (its own container), migrated as the host does before serving.</summary>
    public async Task<StoreInstance> StartInstanceAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "PostgreSql",
            ["Store:ConnectionString"] = ConnectionString,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddConsoleStore(configuration)
            .BuildServiceProvider();
        await services.GetRequiredService<ConsoleStoreInitializer>().EnsureReadyAsync(CancellationToken.None);
        return new StoreInstance(services);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public sealed class StoreInstance(ServiceProvider services) : IAsyncDisposable
    {
        public IFleetSnapshotStore KeptSnapshots => services.GetRequiredService<IFleetSnapshotStore>();

        /// <summary>Which instance polls each connection for all on this database.</summary>
        public IFleetPollerElection Election => services.GetRequiredService<IFleetPollerElection>();

        public ValueTask DisposeAsync() => services.DisposeAsync();
    }
}
