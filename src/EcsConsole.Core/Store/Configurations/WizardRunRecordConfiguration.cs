using EcsConsole.Core.Wizards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcsConsole.Core.Store.Configurations;

internal sealed class WizardRunRecordConfiguration : IEntityTypeConfiguration<WizardRunRecord>
{
    public void Configure(EntityTypeBuilder<WizardRunRecord> builder)
    {
        builder.ToTable("WizardRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(64);
        builder.Property(r => r.Wizard).HasMaxLength(64);
        builder.Property(r => r.Summary).HasMaxLength(512);
        builder.Property(r => r.StartedBy).HasMaxLength(256);
        // Stored as names so the columns read on their own and survive reordering the enums.
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Error).HasMaxLength(4096);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        // The runs page lists newest first; the startup sweep looks for runs left Running.
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => r.State);
        // The instance executing it; the sweep takes over only runs whose lease expired.
        builder.HasOwnerLease();
    }
}

internal sealed class WizardStepRecordConfiguration : IEntityTypeConfiguration<WizardStepRecord>
{
    public void Configure(EntityTypeBuilder<WizardStepRecord> builder)
    {
        builder.ToTable("WizardSteps");
        builder.HasKey(s => new { s.RunId, s.Index });
        builder.Property(s => s.RunId).HasMaxLength(64);
        builder.Property(s => s.Service).HasMaxLength(64);
        builder.Property(s => s.Operation).HasMaxLength(128);
        builder.Property(s => s.Creates).HasMaxLength(512);
        builder.Property(s => s.UndoOperation).HasMaxLength(128);
        builder.Property(s => s.ExistenceCheck).HasMaxLength(512);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Outcome).HasMaxLength(2048);
        builder.Property(s => s.Error).HasMaxLength(4096);
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.OutputPaths).HasMaxLength(2048);
        builder.Property(s => s.Outputs).HasMaxLength(8192);
    }
}
