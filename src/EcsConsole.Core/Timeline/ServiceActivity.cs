using EcsConsole.Core.Live;

namespace EcsConsole.Core.Timeline;

/// <summary>What one poll saw of a service's history: its recent events and its current deployments.</summary>
public sealed record ServiceActivity(
    string Cluster,
    string Service,
    ValueList<ServiceEventFact> Events,
    ValueList<DeploymentFact> Deployments);

/// <summary>One ECS service event (ECS keeps the newest 100 per service).</summary>
public sealed record ServiceEventFact(string Id, DateTimeOffset At, string Message);

/// <summary>One deployment of a service as ECS reports it in <c>deployments</c>.</summary>
/// <param name="Status">PRIMARY, ACTIVE or INACTIVE.</param>
/// <param name="RolloutState">IN_PROGRESS, COMPLETED or FAILED; null when the deployment controller does not report one.</param>
public sealed record DeploymentFact(
    string Id,
    string Status,
    string TaskDefinition,
    string? RolloutState,
    string? RolloutStateReason,
    int Desired,
    int Running,
    int Pending,
    int Failed,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt);
