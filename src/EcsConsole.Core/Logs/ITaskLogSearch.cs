namespace EcsConsole.Core.Logs;

/// <summary>Searches the log streams of a task's containers (FilterLogEvents). Singleton.</summary>
public interface ITaskLogSearch
{
    /// <summary>
    /// Lines of <paramref name="sources"/> matching <paramref name="searchText"/>: plain text matches as a phrase; text starting
    /// with <c>"</c>, <c>?</c>, <c>-</c>, <c>{</c> or <c>[</c> is passed on as a CloudWatch Logs filter pattern. Throws
    /// <see cref="Problems.FleetReadException"/> naming the call that failed.
    /// </summary>
    Task<LogSearchResult> SearchAsync(IReadOnlyList<LogSource> sources, string searchText, CancellationToken cancellationToken);
}
