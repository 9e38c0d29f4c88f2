namespace EcsConsole.Core.Fleet;

/// <summary>
/// Reads one task from ECS (DescribeTasks), or from the console's archive once ECS has forgotten it. Returns null when
/// neither knows it. Throws <see cref="Problems.FleetReadException"/> naming the call that failed.
/// </summary>
public interface ITaskReader
{
    Task<TaskDetail?> ReadAsync(string cluster, string taskId, CancellationToken cancellationToken);
}
