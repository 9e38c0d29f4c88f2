using EcsConsole.Core.Audit;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Delivery;
using EcsConsole.Core.History;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.Store;

/// <summary>
/// The console's own database. Provider-neutral: <see cref="SqliteConsoleDbContext"/> and
/// <see cref="PostgreSqlConsoleDbContext"/> each carry their own migrations. To add a table, add a DbSet here and an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> in Store/Configurations, then add a migration for both providers.
/// </summary>
public abstract class ConsoleDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<ConsoleUser> Users => Set<ConsoleUser>();

    public DbSet<ConsoleSession> Sessions => Set<ConsoleSession>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<StoppedTaskRecord> StoppedTasks => Set<StoppedTaskRecord>();

    public DbSet<RolloutRecord> Rollouts => Set<RolloutRecord>();

    public DbSet<DeliveryPolicy> DeliveryPolicies => Set<DeliveryPolicy>();

    public DbSet<DeliveryRecord> DeliveryRecords => Set<DeliveryRecord>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<ConnectionChoice> ConnectionChoices => Set<ConnectionChoice>();

    public DbSet<FleetSnapshotRecord> FleetSnapshots => Set<FleetSnapshotRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConsoleDbContext).Assembly, t => t.Namespace == typeof(ConsoleDbContext).Namespace + ".Configurations");
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IConnectionStamped).IsAssignableFrom(e.ClrType)))
        {
            var builder = modelBuilder.Entity(entity.ClrType);
            builder.Property(nameof(IConnectionStamped.ConnectionName)).HasMaxLength(128);
            builder.Property(nameof(IConnectionStamped.Partition)).HasMaxLength(32);
            builder.Property(nameof(IConnectionStamped.AccountId)).HasMaxLength(12);
            builder.Property(nameof(IConnectionStamped.Region)).HasMaxLength(32);
            builder.HasIndex(nameof(IConnectionStamped.ConnectionName));
        }
    }

    // Every record that says where it was made gets the flow's connection (ConnectionStamp.Current) when added without one.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampConnections();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampConnections();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampConnections()
    {
        if (ConnectionStamp.Current is not { } stamp) return;
        foreach (var entry in ChangeTracker.Entries<IConnectionStamped>().Where(e => e.State == EntityState.Added))
        {
            stamp.ApplyTo(entry.Entity);
        }
    }
}
