using EcsConsole.Core.Connection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcsConsole.Core.Store.Configurations;

internal sealed class ConnectionChoiceConfiguration : IEntityTypeConfiguration<ConnectionChoice>
{
    public void Configure(EntityTypeBuilder<ConnectionChoice> builder)
    {
        builder.ToTable("ConnectionChoices");
        builder.HasKey(c => c.NormalizedUserName);
        builder.Property(c => c.NormalizedUserName).HasMaxLength(256);
        builder.Property(c => c.ConnectionName).HasMaxLength(128);
        builder.Property(c => c.Region).HasMaxLength(32);
    }
}
