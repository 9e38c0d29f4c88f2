using EcsConsole.Core.TaskDefinitions;

namespace EcsConsole.Core.Rollouts;

/// <summary>
/// What a rollout will do, built before anything is sent: the current and target revisions, their diff, and the exact requests.
/// For an image rollout the target is not registered yet: <see cref="Target"/> is the revision to be registered (revision 0, no ARN).
/// </summary>
public sealed record RolloutPlan
{
    public required string Cluster { get; init; }

    public required string Service { get; init; }

    public required RolloutKind Kind { get; init; }

    /// <summary>The revision the service runs now.</summary>
    public required TaskDefinitionDetail Current { get; init; }

    /// <summary>The revision the service will run.</summary>
    public required TaskDefinitionDetail Target { get; init; }

    /// <summary>Current → target, field by field (empty for a forced new deployment).</summary>
    public required TaskDefinitionComparison Diff { get; init; }

    /// <summary>The images that change, per container.</summary>
    public required IReadOnlyList<ImageChange> ImageChanges { get; init; }

    /// <summary>The service's deployment strategy (ROLLING, BLUE_GREEN, LINEAR, CANARY), so the page can say how it will roll.</summary>
    public required string Strategy { get; init; }

    /// <summary>
    /// The requests that will be sent, in order, as their JSON bodies (secret values and references masked). For an image
    /// rollout the UpdateService body names the family; the exact revision registered just before is sent in its place.
    /// </summary>
    public required IReadOnlyList<PlannedRequest> Requests { get; init; }

    /// <summary>The wire requests themselves; kept internal so pages see only the domain view above.</summary>
    internal PlannedCalls Calls { get; init; } = null!;

    /// <summary>The id of the service's PRIMARY deployment when planned, so the one a start creates can be told apart.</summary>
    internal string? PrimaryDeploymentBefore { get; init; }
}

/// <summary>One container's image before and after.</summary>
public sealed record ImageChange(string Container, string From, string To);

/// <summary>One AWS request of a plan: the operation (e.g. <c>ecs:UpdateService</c>) and its JSON body as it will be sent.</summary>
public sealed record PlannedRequest(string Operation, string Body);
