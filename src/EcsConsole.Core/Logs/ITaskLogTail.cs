namespace EcsConsole.Core.Logs;

/// <summary>Follows the log streams of a task's containers. Singleton; each call is one viewer's own tail.</summary>
public interface ITaskLogTail
{
    /// <summary>
    /// Reads every stream from its head, then follows it: one batch per round (the first even when empty, so the viewer
    /// knows the history is loaded), lines ordered by time within a batch. Runs until <paramref name="cancellationToken"/>
    /// is cancelled; a stream that fails is reported in <see cref="LogTailBatch.Problem"/> and retried next round.
    /// </summary>
    IAsyncEnumerable<LogTailBatch> FollowAsync(IReadOnlyList<LogSource> sources, CancellationToken cancellationToken);
}
