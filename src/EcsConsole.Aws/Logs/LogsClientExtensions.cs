using System.Runtime.CompilerServices;

namespace EcsConsole.Aws.Logs;

public static class LogsClientExtensions
{
    /// <summary>
    /// Reads a log stream page by page until it is exhausted. With <c>StartFromHead = true</c> it follows
    /// <c>nextForwardToken</c> (oldest to newest); otherwise <c>nextBackwardToken</c> (pages go back in time, events
    /// within a page stay oldest first, as Logs returns them). GetLogEvents never returns a null token: the end is
    /// reached when it returns the very token that was sent.
    /// </summary>
    public static async IAsyncEnumerable<OutputLogEvent> ReadLogEventsAsync(
        this ILogsClient client,
        GetLogEventsRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var forward = request.StartFromHead == true;
        var current = request;
        while (true)
        {
            var page = await client.GetLogEventsAsync(current, cancellationToken).ConfigureAwait(false);
            foreach (var logEvent in page.Events ?? [])
            {
                yield return logEvent;
            }

            var next = forward ? page.NextForwardToken : page.NextBackwardToken;
            if (IsEndOfStream(current.NextToken, next))
            {
                yield break;
            }

            current = current with { NextToken = next };
        }
    }

    /// <summary>True when a GetLogEvents page ends its direction: no token, or the same token that was sent.</summary>
    public static bool IsEndOfStream(string? sentToken, string? receivedToken) =>
        string.IsNullOrEmpty(receivedToken) || string.Equals(sentToken, receivedToken, StringComparison.Ordinal);
}
