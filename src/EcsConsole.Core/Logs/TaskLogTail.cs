using System.Runtime.CompilerServices;
using EcsConsole.Aws;
using EcsConsole.Aws.Logs;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Logs;

/// <summary>
/// Tails CloudWatch Logs streams with GetLogEvents: <c>startFromHead</c> from the first page, then <c>nextForwardToken</c>.
/// A stream is read to its end for now when Logs hands back the token that was sent; the next round starts from it.
/// </summary>
internal sealed class TaskLogTail(ILogsClient logs, TimeProvider timeProvider, IOptions<LogTailOptions> options) : ITaskLogTail
{
    public async IAsyncEnumerable<LogTailBatch> FollowAsync(
        IReadOnlyList<LogSource> sources,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursors = sources.Select(s => new Cursor(s)).ToList();
        var first = true;
        while (!cancellationToken.IsCancellationRequested)
        {
            var lines = new List<LogLine>();
            var problems = new List<string>();
            foreach (var cursor in cursors)
            {
                try
                {
                    await ReadNewAsync(cursor, lines, cancellationToken);
                }
                catch (AwsServiceException ex) when (ex.ErrorCode == "ResourceNotFoundException")
                {
                    // The container has not written its first line yet (or the group is not created): try again next round.
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    problems.Add(AwsProblems.Describe(new FleetReadException($"GetLogEvents for {cursor.Source.Stream}", ex)).ToString());
                }
            }
            if (first || lines.Count > 0 || problems.Count > 0)
            {
                first = false;
                yield return new LogTailBatch(
                    [.. lines.OrderBy(l => l.Timestamp).ThenBy(l => l.Sequence)],
                    problems.Count == 0 ? null : string.Join(" ", problems));
            }
            await Task.Delay(options.Value.PollInterval, timeProvider, cancellationToken);
        }
    }

    private async Task ReadNewAsync(Cursor cursor, List<LogLine> lines, CancellationToken cancellationToken)
    {
        for (var page = 0; page < options.Value.MaxPagesPerRound; page++)
        {
            var sent = cursor.Token;
            var response = await logs.GetLogEventsAsync(
                new GetLogEventsRequest
                {
                    LogGroupName = cursor.Source.Group,
                    LogStreamName = cursor.Source.Stream,
                    StartFromHead = true,
                    NextToken = sent,
                    Limit = options.Value.PageSize,
                },
                cancellationToken);
            foreach (var logEvent in response.Events ?? [])
            {
                lines.Add(new LogLine(
                    DateTimeOffset.FromUnixTimeMilliseconds(logEvent.Timestamp ?? 0),
                    cursor.Source.Container,
                    logEvent.Message ?? "",
                    cursor.NextSequence++));
            }
            if (!string.IsNullOrEmpty(response.NextForwardToken))
            {
                cursor.Token = response.NextForwardToken;
            }
            if (LogsClientExtensions.IsEndOfStream(sent, response.NextForwardToken))
            {
                return;
            }
        }
    }

    private sealed class Cursor(LogSource source)
    {
        public LogSource Source { get; } = source;

        public string? Token { get; set; }

        public long NextSequence { get; set; }
    }
}
