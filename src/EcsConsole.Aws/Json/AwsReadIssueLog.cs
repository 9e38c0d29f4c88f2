using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Aws.Json;

/// <summary>
/// Logs each left-out element at Warning once per service, operation and place (path without indices): a poll every few
/// seconds that meets the same odd member would otherwise fill the log. Thread-safe; one per client.
/// </summary>
internal sealed class AwsReadIssueLog
{
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<(string Service, string Operation, string Place), bool> _logged = new();

    public AwsReadIssueLog(ILogger logger)
    {
        _logger = logger;
    }

    public void Log(IReadOnlyList<AwsReadIssue> issues)
    {
        foreach (var issue in issues)
        {
            if (_logged.TryAdd((issue.Service, issue.Operation, issue.Place), true))
            {
                _logger.LogWarning(
                    "{Service} {Operation}: left out {SkippedElement}, which could not be read at {Path}: {Reason} Later elements that fail at {Place} are left out without logging.",
                    issue.Service, issue.Operation, issue.SkippedElement, issue.Path, issue.Reason, issue.Place);
            }
        }
    }
}
