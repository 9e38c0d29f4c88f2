using EcsConsole.Core.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcsConsole.Core.Store.Configurations;

internal sealed class StoppedTaskRecordConfiguration : IEntityTypeConfiguration<StoppedTaskRecord>
{
    public void Configure(EntityTypeBuilder<StoppedTaskRecord> builder)
    {
        builder.ToTable("StoppedTasks");
        builder.HasKey(t => t.TaskArn);
        builder.Property(t => t.TaskArn).HasMaxLength(512);
        builder.Property(t => t.Region).HasMaxLength(32);
        builder.Property(t => t.Cluster).HasMaxLength(256);
        builder.Property(t => t.Service).HasMaxLength(256);
        builder.Property(t => t.Group).HasMaxLength(512);
        builder.Property(t => t.TaskDefinition).HasMaxLength(512);
        builder.Property(t => t.LastStatus).HasMaxLength(32);
        builder.Property(t => t.StopCode).HasMaxLength(64);
        builder.Property(t => t.StoppedReason).HasMaxLength(2048);
        builder.Property(t => t.AvailabilityZone).HasMaxLength(64);
        builder.Property(t => t.PrivateIp).HasMaxLength(64);
        // The Service page asks "this service's stops, newest first"; the cluster view the same without the service.
        builder.HasIndex(t => new { t.Region, t.Cluster, t.Service, t.StoppedAt });
        builder.HasIndex(t => new { t.Region, t.Cluster, t.StoppedAt });
    }
}
