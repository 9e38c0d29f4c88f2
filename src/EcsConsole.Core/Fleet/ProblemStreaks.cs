using EcsConsole.Core.Problems;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Fleet;

/// <summary>
/// Logs a failed call once per streak: the first failure of a part (a poll, a section, a cluster) is logged at Warning
/// with its operation, AWS code and request id; the same failure on the following polls is not, until that part
/// succeeds again or fails differently. Thread-safe.
/// </summary>
public sealed class ProblemStreaks(ILogger logger)
{
    private readonly ConcurrentDictionary<string, string> _failing = new(StringComparer.Ordinal);

    /// <summary>Records that the part failed; logs it when it starts a streak or fails differently. Returns whether it logged.</summary>
    public bool Failed(string part, AwsProblem problem, Exception? exception = null)
    {
        var signature = $"{problem.Operation ?? problem.What}|{problem.Code}";
        if (_failing.TryGetValue(part, out var previous) && previous == signature)
        {
            return false;
        }
        _failing[part] = signature;
        logger.LogWarning(
            exception,
            "{Part}: {Operation} failed with {Code} (request id {RequestId}, {Persistence}): {Problem}",
            part, problem.Operation ?? problem.What, problem.Code ?? "no AWS code", problem.RequestId ?? "none",
            problem.Transient ? "transient" : "lasting", problem.ToString());
        return true;
    }

    /// <summary>Records that the part succeeded, ending its streak (logged at Information when one was open).</summary>
    public void Succeeded(string part)
    {
        if (_failing.TryRemove(part, out _))
        {
            logger.LogInformation("{Part}: reads again after a failure.", part);
        }
    }

    /// <summary>Ends every streak whose part is not in the list (a section that is no longer failing).</summary>
    public void SucceededExcept(string prefix, IReadOnlyCollection<string> stillFailing)
    {
        foreach (var part in _failing.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !stillFailing.Contains(k)))
        {
            Succeeded(part);
        }
    }
}
