using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcsConsole.Core.Store.Configurations;

internal sealed class FleetSnapshotRecordConfiguration : IEntityTypeConfiguration<FleetSnapshotRecord>
{
    public void Configure(EntityTypeBuilder<FleetSnapshotRecord> builder)
    {
        builder.ToTable("FleetSnapshots");
        builder.HasKey(s => s.ConnectionKey);
        builder.Property(s => s.ConnectionKey).HasMaxLength(FleetSnapshotRecord.MaxKeyLength);
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.Ignore(s => s.IsPlaceholder);
        builder.HasOwnerLease();
    }
}
