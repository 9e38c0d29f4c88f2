using EcsConsole.Core.Live;

namespace EcsConsole.Core.Fleet;

/// <summary>What the console shows about one ECS service. Keyed by <see cref="Key"/> (cluster and name).</summary>
public sealed record ServiceSummary(
    string Cluster,
    string Name,
    string Arn,
    string Status,
    int Desired,
    int Running,
    int Pending,
    string? LaunchType,
    ValueList<CapacityProviderShare> CapacityProviderStrategy,
    string TaskDefinition,
    RolloutState Rollout,
    string? RolloutReason,
    string? LastEventMessage,
    DateTimeOffset? LastEventAt)
{
    public string Key => $"{Cluster}/{Name}";

    /// <summary>The image tags of the task definition's containers (<c>1.4.2</c>, <c>@sha256:0a1b…</c>); empty until resolved.</summary>
    public ValueList<string> ImageTags { get; init; } = ValueList<string>.Empty;

    /// <summary>The launch type, or the capacity provider strategy when the service uses one.</summary>
    public string Placement => CapacityProviderStrategy.Count > 0
        ? CapacityProviderStrategy.ToString()
        : LaunchType ?? "default";
}
