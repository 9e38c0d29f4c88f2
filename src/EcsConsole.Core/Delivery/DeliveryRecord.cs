using EcsConsole.Core.Store;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// One image version in a service's delivery: detected by a policy (or promoted by an operator), then queued, approved, deployed,
/// superseded or rejected, with the outcome. The store holds one row per (policy, digest) under a unique index: claiming that row is
/// how concurrent console instances agree that a pushed image is handled once.
/// </summary>
public sealed class DeliveryRecord : ILeased
{
    public long Id { get; set; }

    /// <summary>The policy that detected it; null for a promotion started by an operator.</summary>
    public string? PolicyName { get; set; }

    public required string Cluster { get; set; }

    public required string Service { get; set; }

    public required string Repository { get; set; }

    /// <summary>The image as deployed: <c>{repositoryUri}@{digest}</c>, the digest that was detected (and approved); <see cref="ImageTag"/> names it for people.</summary>
    public required string Image { get; set; }

    public string? ImageTag { get; set; }

    public required string ImageDigest { get; set; }

    /// <summary>When ECR says the image was pushed (a retag keeps the original push time).</summary>
    public DateTimeOffset? PushedAt { get; set; }

    /// <summary>When the console first saw this tag on the image.</summary>
    public DateTimeOffset DetectedAt { get; set; }

    public DeliveryState State { get; set; }

    /// <summary>Why it is in its state, in words (e.g. "quiet window until 06:00 UTC", "superseded by v1.5.1", ECS's rollback reason).</summary>
    public string? Reason { get; set; }

    /// <summary>Who deployed it: <c>policy:{name}</c> or the operator's user name.</summary>
    public string? Actor { get; set; }

    public string? ApprovedBy { get; set; }

    public string? DeploymentArn { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Bumped on every change; the store uses it as a concurrency token so two instances cannot both move a record.</summary>
    public int Version { get; set; }

    /// <summary>The console instance starting this rollout, then following it to its outcome; another takes it over once the lease expired.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseAcquiredAt { get; set; }

    public DateTimeOffset? LeaseHeartbeatAt { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }
}
