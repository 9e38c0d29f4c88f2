using EcsConsole.Core.Live;

namespace EcsConsole.Core.Fleet;

/// <summary>One task of a service (running, on its way, or stopped). Keyed by <see cref="Arn"/>.</summary>
/// <param name="TaskDefinition">As people say it: <c>family:revision</c>.</param>
public sealed record TaskSummary(
    string Arn,
    string Id,
    string Cluster,
    string? Group,
    string TaskDefinition,
    string LastStatus,
    string? DesiredStatus,
    string? Health,
    string? StopCode,
    string? StoppedReason,
    string? PrivateIp,
    string? AvailabilityZone,
    string? LaunchType,
    DateTimeOffset? StartedAt,
    DateTimeOffset? StoppedAt,
    ValueList<ContainerSummary> Containers,
    TaskSource Source)
{
    public bool IsStopped => LastStatus == "STOPPED";

    /// <summary>Exit codes of containers that exited, as <c>app=1, sidecar=0</c>; empty when none did.</summary>
    public string ExitCodes => string.Join(", ", Containers.Where(c => c.ExitCode is not null).Select(c => $"{c.Name}={c.ExitCode}"));

    /// <summary>The revision number of <see cref="TaskDefinition"/>, for a short column.</summary>
    public string Revision
    {
        get
        {
            var colon = TaskDefinition.LastIndexOf(':');
            return colon >= 0 ? TaskDefinition[(colon + 1)..] : TaskDefinition;
        }
    }
}
