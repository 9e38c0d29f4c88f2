namespace EcsConsole.Sandbox.Engine;

/// <summary>Where a task goes, or why it cannot go anywhere (<see cref="Failure"/>, the text of ECS's service event).</summary>
internal sealed record Placement(
    string? Failure,
    string LaunchType,
    string? CapacityProviderName,
    ContainerInstanceState? Instance,
    string SubnetId,
    string AvailabilityZone)
{
    public static Placement Failed(string failure) => new(failure, "", null, null, "", "");
}
