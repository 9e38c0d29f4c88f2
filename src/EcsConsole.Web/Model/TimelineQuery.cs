using EcsConsole.Core.Timeline;

namespace EcsConsole.Web.Model;

/// <summary>
/// The Timeline page's filters, all in the URL (<c>?cluster=&amp;service=&amp;kind=</c>) so a filtered view is a link to paste.
/// <see cref="Kind"/> is <c>events</c>, <c>deployments</c> or one kind's URL name (<see cref="KindName"/>).
/// </summary>
public sealed record TimelineQuery(string? Cluster = null, string? Service = null, string? Kind = null)
{
    public const string Events = "events";
    public const string Deployments = "deployments";

    /// <summary>The kind filter's choices: the two groups, then each kind.</summary>
    public static readonly IReadOnlyList<string> KindChoices =
        [Events, Deployments, .. Enum.GetValues<TimelineKind>().Where(k => k != TimelineKind.ServiceEvent).Select(KindName)];

    public static string KindName(TimelineKind kind) => kind switch
    {
        TimelineKind.ServiceEvent => "event",
        TimelineKind.DeploymentStarted => "started",
        TimelineKind.RolloutChanged => "rollout",
        TimelineKind.DeploymentCompleted => "completed",
        TimelineKind.DeploymentFailed => "failed",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string KindLabel(string choice) => choice switch
    {
        Events => "Service events",
        Deployments => "All deployment changes",
        "started" => "Deployment started",
        "rollout" => "Rollout state changed",
        "completed" => "Deployment completed",
        "failed" => "Deployment failed",
        _ => choice,
    };

    public bool Matches(TimelineEntry entry) =>
        (string.IsNullOrEmpty(Cluster) || entry.Cluster == Cluster)
        && (string.IsNullOrEmpty(Service) || entry.Service == Service)
        && Kind switch
        {
            null or "" => true,
            Events => !entry.IsDeployment,
            Deployments => entry.IsDeployment,
            var name => KindName(entry.Kind) == name,
        };

    /// <summary>The values to put in the URL: unset ones are null, so they leave the query string.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        ["cluster"] = Blank(Cluster),
        ["service"] = Blank(Service),
        ["kind"] = Blank(Kind),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
