using EcsConsole.Core.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcsConsole.Core.Store.Configurations;

internal sealed class DeliveryPolicyConfiguration : IEntityTypeConfiguration<DeliveryPolicy>
{
    public void Configure(EntityTypeBuilder<DeliveryPolicy> builder)
    {
        builder.ToTable("DeliveryPolicies");
        builder.HasKey(p => p.Name);
        builder.Property(p => p.Name).HasMaxLength(64);
        builder.Property(p => p.Cluster).HasMaxLength(256);
        builder.Property(p => p.Service).HasMaxLength(256);
        builder.Property(p => p.Repository).HasMaxLength(256);
        builder.Property(p => p.TagPattern).HasMaxLength(256);
        builder.Property(p => p.Container).HasMaxLength(256);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Ignore(p => p.Actor);
        // One instance evaluates a policy at a time.
        builder.HasOwnerLease();
    }
}

internal sealed class DeliveryRecordConfiguration : IEntityTypeConfiguration<DeliveryRecord>
{
    public void Configure(EntityTypeBuilder<DeliveryRecord> builder)
    {
        builder.ToTable("DeliveryRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.PolicyName).HasMaxLength(64);
        builder.Property(r => r.Cluster).HasMaxLength(256);
        builder.Property(r => r.Service).HasMaxLength(256);
        builder.Property(r => r.Repository).HasMaxLength(256);
        builder.Property(r => r.Image).HasMaxLength(1024);
        builder.Property(r => r.ImageTag).HasMaxLength(300);
        builder.Property(r => r.ImageDigest).HasMaxLength(128);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Reason).HasMaxLength(2048);
        builder.Property(r => r.Actor).HasMaxLength(256);
        builder.Property(r => r.ApprovedBy).HasMaxLength(256);
        builder.Property(r => r.DeploymentArn).HasMaxLength(512);
        builder.Property(r => r.Version).IsConcurrencyToken();
        // The claim: a policy handles one digest once, whichever console instance sees it first.
        builder.HasIndex(r => new { r.PolicyName, r.ImageDigest }).IsUnique();
        builder.HasIndex(r => new { r.Cluster, r.Service });
        // The instance starting the rollout, then following it to its outcome.
        builder.HasOwnerLease();
    }
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("WebhookEndpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Name).HasMaxLength(128);
        builder.Property(e => e.Url).HasMaxLength(2048);
        builder.Property(e => e.Format).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Event).HasMaxLength(64);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(2048);
        builder.HasIndex(d => new { d.State, d.EndpointId });
        // The instance posting it now: an attempt is sent by one instance only.
        builder.HasOwnerLease();
    }
}
