using EcsConsole.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace EcsConsole.Core.Store;

public static class ConsoleStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the console's store from the <c>Store</c> section (SQLite by default, PostgreSQL by connection string),
    /// migrates it at start, and registers the audit trail. Consumers take <see cref="IDbContextFactory{ConsoleDbContext}"/>
    /// (Blazor circuits outlive a unit of work) or a scoped <see cref="ConsoleDbContext"/>. Also this console instance's
    /// identity and its owner leases (<c>Leases</c> section), renewed by the <see cref="LeaseHeartbeat"/>, so several
    /// instances can share one store.
    /// </summary>
    public static IServiceCollection AddConsoleStore(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ConsoleStoreOptions.SectionName);
        services.Configure<ConsoleStoreOptions>(section);
        var options = section.Get<ConsoleStoreOptions>() ?? new ConsoleStoreOptions();

        switch (options.Provider)
        {
            case ConsoleStoreProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new InvalidOperationException("Store:Provider is PostgreSql but Store:ConnectionString is empty; set it to an Npgsql connection string.");
                }

                services.AddDbContextFactory<PostgreSqlConsoleDbContext>(b => b.UseNpgsql(options.ConnectionString));
                services.AddSingleton<IDbContextFactory<ConsoleDbContext>>(sp =>
                    new ConsoleDbContextFactory<PostgreSqlConsoleDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlConsoleDbContext>>()));
                // Several instances share a PostgreSQL store: one polls each connection's fleet for all (SQLite serves one instance).
                services.TryAddSingleton<SharedFleetPolling>();
                services.TryAddSingleton<Fleet.IFleetPollerElection>(sp => sp.GetRequiredService<SharedFleetPolling>());
                break;
            default:
                services.AddDbContextFactory<SqliteConsoleDbContext>((sp, b) =>
                    b.UseSqlite(ConsoleStoreConnection.ResolveSqlite(options.ConnectionString, ContentRoot(sp))));
                services.AddSingleton<IDbContextFactory<ConsoleDbContext>>(sp =>
                    new ConsoleDbContextFactory<SqliteConsoleDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteConsoleDbContext>>()));
                break;
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContext());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConsoleStoreInitializer>();
        services.AddHostedService<ConsoleStoreStartup>();
        services.TryAddSingleton<IAuditTrail, AuditTrail>();
        services.Configure<LeaseOptions>(configuration.GetSection(LeaseOptions.SectionName));
        services.TryAddSingleton(sp => new ConsoleInstance(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<LeaseOptions>>().Value.InstanceId));
        services.TryAddSingleton<OwnerLeases>();
        services.TryAddSingleton<Fleet.IFleetSnapshotStore, StoredFleetSnapshots>();
        services.AddHostedService<LeaseHeartbeat>();
        return services;
    }

    private static string ContentRoot(IServiceProvider services) =>
        services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
}
