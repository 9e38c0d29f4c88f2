using EcsConsole.Core.Rollouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcsConsole.Core.Store.Configurations;

internal sealed class RolloutRecordConfiguration : IEntityTypeConfiguration<RolloutRecord>
{
    public void Configure(EntityTypeBuilder<RolloutRecord> builder)
    {
        builder.ToTable("Rollouts");
        builder.HasKey(r => r.DeploymentArn);
        builder.Property(r => r.DeploymentArn).HasMaxLength(512);
        builder.Property(r => r.Cluster).HasMaxLength(256);
        builder.Property(r => r.Service).HasMaxLength(256);
        builder.Property(r => r.Operator).HasMaxLength(256);
        builder.Property(r => r.Note).HasMaxLength(2048);
        // Stored as its name so the column reads on its own and survives reordering the enum.
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.FromTaskDefinition).HasMaxLength(512);
        builder.Property(r => r.ToTaskDefinition).HasMaxLength(512);
        // The history page asks "this service's rollouts since …".
        builder.HasIndex(r => new { r.Cluster, r.Service, r.StartedAt });
    }
}
