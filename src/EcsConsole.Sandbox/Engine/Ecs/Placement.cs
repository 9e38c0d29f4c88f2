namespace EcsConsole.Sandbox.Engine.Ecs;

/// <summary>
/// Where a task goes, or why it cannot go anywhere: <see cref="Failure"/> is the text of ECS's service event,
/// <see cref="FailureReason"/> the reason RunTask reports (RESOURCE:MEMORY...).
/// </summary>
internal sealed record Placement(
    string? Failure,
    string LaunchType,
    string? CapacityProviderName,
    ContainerInstanceState? Instance,
    string SubnetId,
    string AvailabilityZone,
    string? FailureReason = null,
    string? FailureArn = null)
{
    public static Placement Failed(string failure, string reason, string? arn) => new(failure, "", null, null, "", "", reason, arn);
}
