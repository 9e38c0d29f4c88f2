using EcsConsole.Core.Problems;
using EcsConsole.Aws.Logs;
using EcsConsole.Core.Fleet;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Logs;

/// <summary>Runs FilterLogEvents per log group over the task's streams, merging the matches in time order.</summary>
internal sealed class TaskLogSearch(ILogsClient logs, IOptions<LogTailOptions> options) : ITaskLogSearch
{
    /// <summary>FilterLogEvents takes at most 100 stream names.</summary>
    internal const int StreamsPerFilter = 100;

    public async Task<LogSearchResult> SearchAsync(IReadOnlyList<LogSource> sources, string searchText, CancellationToken cancellationToken)
    {
        var pattern = LogFilterPatterns.FromSearchText(searchText);
        var max = options.Value.MaxSearchResults;
        var lines = new List<LogLine>();
        var truncated = false;
        foreach (var group in sources.GroupBy(s => s.Group))
        {
            foreach (var batch in group.Chunk(StreamsPerFilter))
            {
                var containerOf = batch.ToDictionary(s => s.Stream, s => s.Container, StringComparer.Ordinal);
                var request = new FilterLogEventsRequest
                {
                    LogGroupName = group.Key,
                    LogStreamNames = [.. containerOf.Keys],
                    FilterPattern = pattern.Length == 0 ? null : pattern,
                };
                try
                {
                    var sequence = 0L;
                    await foreach (var match in logs.FilterLogEventsAsync(request, cancellationToken))
                    {
                        if (lines.Count >= max)
                        {
                            truncated = true;
                            break;
                        }
                        lines.Add(new LogLine(
                            DateTimeOffset.FromUnixTimeMilliseconds(match.Timestamp ?? 0),
                            containerOf.GetValueOrDefault(match.LogStreamName ?? "", match.LogStreamName ?? ""),
                            match.Message ?? "",
                            sequence++));
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    throw new FleetReadException($"FilterLogEvents in {group.Key}", ex);
                }
            }
        }
        return new LogSearchResult([.. lines.OrderBy(l => l.Timestamp).ThenBy(l => l.Container, StringComparer.Ordinal).ThenBy(l => l.Sequence)], truncated);
    }
}
