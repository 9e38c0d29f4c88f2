namespace EcsConsole.Core.History;

/// <summary>
/// A stopped task as the console's store keeps it. Keyed by task ARN (unique across regions and accounts), so
/// archiving the same task twice updates one row.
/// </summary>
public sealed class StoppedTaskRecord : EcsConsole.Core.Connection.IConnectionStamped
{
    /// <summary>The connection this was made in (<see cref="EcsConsole.Core.Connection.IConnectionStamped"/>); null before connections existed.</summary>
    public string? ConnectionName { get; set; }

    public string? Partition { get; set; }

    public string? AccountId { get; set; }

    string? EcsConsole.Core.Connection.IConnectionStamped.Region
    {
        get => Region;
        set { if (value is not null) Region = value; }
    }

    public required string TaskArn { get; set; }

    /// <summary>The region the task ran in, so a region switch shows only that region's history.</summary>
    public required string Region { get; set; }

    public required string Cluster { get; set; }

    /// <summary>The service name from the task's group (<c>service:NAME</c>); null for standalone tasks.</summary>
    public string? Service { get; set; }

    public string? Group { get; set; }

    /// <summary>As people say it: <c>family:revision</c>.</summary>
    public required string TaskDefinition { get; set; }

    public required string LastStatus { get; set; }

    public string? StopCode { get; set; }

    public string? StoppedReason { get; set; }

    /// <summary>The containers' names, exit codes and reasons, as JSON (a list read only with its task).</summary>
    public required string Containers { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    public string? AvailabilityZone { get; set; }

    public string? PrivateIp { get; set; }

    /// <summary>When the archive last saw the task in ECS.</summary>
    public DateTimeOffset ArchivedAt { get; set; }
}
