using EcsConsole.Core.Store;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// An auto-deploy policy: when <see cref="Repository"/> gets an image with a tag matching <see cref="TagPattern"/>, roll it out to
/// <see cref="Cluster"/>/<see cref="Service"/> with the service's own deployment strategy. Stored in the console's store; keyed by
/// <see cref="Name"/>, which also names the system actor of the rollouts it starts (<c>policy:{Name}</c>).
/// </summary>
public sealed class DeliveryPolicy : ILeased, EcsConsole.Core.Connection.IConnectionStamped
{
    /// <summary>The connection this was made in (<see cref="EcsConsole.Core.Connection.IConnectionStamped"/>); null before connections existed.</summary>
    public string? ConnectionName { get; set; }

    public string? Partition { get; set; }

    public string? AccountId { get; set; }

    public string? Region { get; set; }

    public required string Name { get; set; }

    public required string Cluster { get; set; }

    public required string Service { get; set; }

    /// <summary>The ECR repository watched (its name, e.g. <c>news</c>).</summary>
    public required string Repository { get; set; }

    /// <summary>A glob or version range (<see cref="Delivery.TagPattern"/>).</summary>
    public required string TagPattern { get; set; }

    /// <summary>The container whose image changes; null: the one container of the service's task definition that uses the repository.</summary>
    public string? Container { get; set; }

    /// <summary>A matching image waits for an Operator's Approve before its rollout starts.</summary>
    public bool RequireApproval { get; set; }

    /// <summary>Start of the daily quiet window (UTC minutes after midnight) in which no rollout starts; null: no window.</summary>
    public int? QuietStartMinute { get; set; }

    /// <summary>End of the quiet window (UTC minutes after midnight); a window may cross midnight (22:00 to 06:00).</summary>
    public int? QuietEndMinute { get; set; }

    public bool Enabled { get; set; } = true;

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The console instance evaluating this policy now: one at a time, so two never act on the same push.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseAcquiredAt { get; set; }

    public DateTimeOffset? LeaseHeartbeatAt { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>The actor name rollouts of this policy run as, in the audit trail and the rollout journal.</summary>
    public string Actor => ActorPrefix + Name;

    public const string ActorPrefix = "policy:";
}
