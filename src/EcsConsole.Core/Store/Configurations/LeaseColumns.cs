using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcsConsole.Core.Store.Configurations;

/// <summary>The four lease columns of an <see cref="ILeased"/> table.</summary>
internal static class LeaseColumns
{
    public static EntityTypeBuilder<T> HasOwnerLease<T>(this EntityTypeBuilder<T> builder)
        where T : class, ILeased
    {
        builder.Property<string?>(OwnerLeases.OwnerColumn).HasMaxLength(ConsoleInstance.MaxIdLength);
        builder.Property<DateTimeOffset?>(OwnerLeases.AcquiredColumn);
        builder.Property<DateTimeOffset?>(OwnerLeases.HeartbeatColumn);
        builder.Property<DateTimeOffset?>(OwnerLeases.ExpiresColumn);
        return builder;
    }
}
