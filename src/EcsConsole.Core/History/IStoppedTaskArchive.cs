namespace EcsConsole.Core.History;

/// <summary>
/// Stopped tasks kept by the console's store after ECS forgets them (ECS drops stopped tasks after about an hour).
/// Singleton; a background archiver fills it from ListTasks (STOPPED) + DescribeTasks on the current connection.
/// </summary>
public interface IStoppedTaskArchive
{
    /// <summary>
    /// The stopped tasks of one service (or of the whole cluster when <paramref name="service"/> is null), newest stop
    /// first, stopped at or after <paramref name="since"/> (null: any time), at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<StoppedTaskSummary>> GetStoppedTasksAsync(
        string cluster,
        string? service,
        DateTimeOffset? since,
        int limit,
        CancellationToken cancellationToken = default);
}
