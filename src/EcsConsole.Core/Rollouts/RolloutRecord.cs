namespace EcsConsole.Core.Rollouts;

/// <summary>
/// A rollout started from the console, as its store keeps it: who started it and why. ECS knows the rest, so this is joined
/// with ECS's deployments and never replaces them. Keyed by the service deployment ARN.
/// </summary>
public sealed class RolloutRecord : EcsConsole.Core.Connection.IConnectionStamped
{
    /// <summary>The connection this was made in (<see cref="EcsConsole.Core.Connection.IConnectionStamped"/>); null before connections existed.</summary>
    public string? ConnectionName { get; set; }

    public string? Partition { get; set; }

    public string? AccountId { get; set; }

    public string? Region { get; set; }

    public required string DeploymentArn { get; set; }

    public required string Cluster { get; set; }

    public required string Service { get; set; }

    /// <summary>The operator's user name.</summary>
    public required string Operator { get; set; }

    /// <summary>The operator's "why".</summary>
    public required string Note { get; set; }

    public required RolloutKind Kind { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>As people say it: <c>family:revision</c>.</summary>
    public required string FromTaskDefinition { get; set; }

    public required string ToTaskDefinition { get; set; }
}
