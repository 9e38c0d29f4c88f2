namespace EcsConsole.Sandbox.Engine;

public sealed class DeploymentState
{
    public required string Id { get; init; }

    /// <summary>PRIMARY, ACTIVE or INACTIVE.</summary>
    public required string Status { get; set; }

    public required string TaskDefinitionArn { get; init; }

    public required int DesiredCount { get; set; }

    public int FailedTasks { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }

    /// <summary>IN_PROGRESS, COMPLETED or FAILED.</summary>
    public required string RolloutState { get; set; }

    public required string RolloutStateReason { get; set; }
}
