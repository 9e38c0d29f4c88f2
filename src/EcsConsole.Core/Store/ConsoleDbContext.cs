using EcsConsole.Core.Audit;
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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConsoleDbContext).Assembly, t => t.Namespace == typeof(ConsoleDbContext).Namespace + ".Configurations");
    }
}
