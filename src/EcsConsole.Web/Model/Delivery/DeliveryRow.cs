using EcsConsole.Core.Delivery;
using EcsConsole.Web.Model.Rollouts;
using MudBlazor;

namespace EcsConsole.Web.Model.Delivery;

/// <summary>One image version of a service's delivery as the timeline shows it: pushed, deployed where and when, by whom, outcome.</summary>
public sealed record DeliveryRow(
    long Id,
    string Cluster,
    string Service,
    string Version,
    string ShortDigest,
    string Digest,
    DateTimeOffset? PushedAt,
    DateTimeOffset DetectedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string By,
    string Outcome,
    Color OutcomeColor,
    string? Reason,
    string? DeploymentLink,
    bool AwaitsDecision)
{
    /// <summary>A record's key in a page's live table of records.</summary>
    public static string KeyOf(DeliveryRecord record) => record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The records as rows, newest first (as the store lists them).</summary>
    public static IReadOnlyList<DeliveryRow> Newest(IEnumerable<DeliveryRecord> records) =>
        [.. records.OrderByDescending(r => r.DetectedAt).ThenByDescending(r => r.Id).Select(From)];

    public static DeliveryRow From(DeliveryRecord record) => new(
        record.Id,
        record.Cluster,
        record.Service,
        record.ImageTag ?? ShortOf(record.ImageDigest),
        ShortOf(record.ImageDigest),
        record.ImageDigest,
        record.PushedAt,
        record.DetectedAt,
        record.StartedAt,
        record.FinishedAt,
        ByOf(record),
        OutcomeOf(record.State),
        ColorOf(record.State),
        record.Reason,
        record.DeploymentArn is { } arn ? ConsoleRoutes.Deployment(record.Cluster, record.Service, arn) : null,
        record.State is DeliveryState.AwaitingApproval);

    /// <summary>The words the timeline uses for a state (the issue's: succeeded, rolled back, skipped, waiting for approval).</summary>
    public static string OutcomeOf(DeliveryState state) => state switch
    {
        DeliveryState.Queued => "queued",
        DeliveryState.AwaitingApproval => "waiting for approval",
        DeliveryState.Approved => "approved, starting",
        DeliveryState.Starting => "starting",
        DeliveryState.Deploying => "deploying",
        DeliveryState.Succeeded => "succeeded",
        DeliveryState.RolledBack => "rolled back",
        DeliveryState.Failed => "failed",
        DeliveryState.Superseded => "skipped (superseded)",
        DeliveryState.Rejected => "rejected",
        _ => "already there",
    };

    public static Color ColorOf(DeliveryState state) => state switch
    {
        DeliveryState.Succeeded => Color.Success,
        DeliveryState.RolledBack or DeliveryState.Failed => Color.Error,
        DeliveryState.AwaitingApproval => Color.Warning,
        DeliveryState.Deploying or DeliveryState.Starting or DeliveryState.Approved => Color.Info,
        _ => Color.Default,
    };

    /// <summary>Who deployed it: the policy (and its approver) or the operator who promoted it; the policy that queued it when not started yet.</summary>
    public static string ByOf(DeliveryRecord record)
    {
        var who = record.Actor ?? (record.PolicyName is { } policy ? DeliveryPolicy.ActorPrefix + policy : "—");
        return record.ApprovedBy is { } approver ? $"{who}, approved by {approver}" : who;
    }

    public static string ShortOf(string digest) => digest.StartsWith("sha256:", StringComparison.Ordinal) && digest.Length > 19 ? digest[..19] : digest;
}
