namespace EcsConsole.Core.Fleet;

/// <summary>One deployment of a service (PRIMARY, ACTIVE or INACTIVE) with its task counts and rollout state.</summary>
/// <param name="TaskDefinition">As people say it: <c>family:revision</c>.</param>
/// <param name="RolloutState">ECS's own value (IN_PROGRESS, COMPLETED, FAILED) or null for deployments without rollout tracking.</param>
public sealed record DeploymentSummary(
    string Id,
    string Status,
    string TaskDefinition,
    int Desired,
    int Running,
    int Pending,
    int Failed,
    string? RolloutState,
    string? RolloutStateReason,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt);
