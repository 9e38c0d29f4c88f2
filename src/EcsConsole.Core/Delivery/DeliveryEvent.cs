namespace EcsConsole.Core.Delivery;

/// <summary>Something a webhook is told about: a rollout of one image to one service started, waits, succeeded, failed or rolled back.</summary>
public sealed record DeliveryEvent(
    string Event,
    string Cluster,
    string Service,
    string? ImageTag,
    string ImageDigest,
    string Image,
    string? Actor,
    string? DeploymentArn,
    string? Reason,
    DateTimeOffset At)
{
    public const string Started = "rollout.started";
    public const string AwaitingApproval = "rollout.awaiting_approval";
    public const string Succeeded = "rollout.succeeded";
    public const string Failed = "rollout.failed";
    public const string RolledBack = "rollout.rolled_back";

    public static DeliveryEvent Of(string name, DeliveryRecord record, DateTimeOffset at) =>
        new(name, record.Cluster, record.Service, record.ImageTag, record.ImageDigest, record.Image, record.Actor ?? PolicyActor(record), record.DeploymentArn, record.Reason, at);

    private static string? PolicyActor(DeliveryRecord record) => record.PolicyName is { } name ? DeliveryPolicy.ActorPrefix + name : null;
}
