using EcsConsole.Core.Store;

namespace EcsConsole.Core.Delivery;

/// <summary>One notification to one endpoint and how its delivery went; retried with backoff until delivered or out of attempts.</summary>
public sealed class WebhookDelivery : ILeased
{
    public long Id { get; set; }

    public int EndpointId { get; set; }

    /// <summary>rollout.started, rollout.awaiting_approval, rollout.succeeded, rollout.failed, rollout.rolled_back.</summary>
    public required string Event { get; set; }

    /// <summary>The exact body sent.</summary>
    public required string Payload { get; set; }

    public WebhookDeliveryState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    /// <summary>HTTP status of the last attempt, if an answer came.</summary>
    public int? LastStatus { get; set; }

    public string? LastError { get; set; }

    /// <summary>The console instance sending this notification now, so two instances never post the same attempt.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseAcquiredAt { get; set; }

    public DateTimeOffset? LeaseHeartbeatAt { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }
}

public enum WebhookDeliveryState
{
    Pending,
    Delivered,
    Failed,
}
