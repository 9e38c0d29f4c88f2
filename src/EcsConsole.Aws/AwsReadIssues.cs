using System.Runtime.CompilerServices;

namespace EcsConsole.Aws;

/// <summary>
/// What the clients left out of the responses they read (see <see cref="AwsReadIssue"/>), so a caller can say "1 task
/// could not be read" instead of showing less without a word. Two ways to ask: <see cref="Of"/> for a response object a
/// client method returned, and <see cref="Capture"/> for everything read in the current async flow, which also covers
/// paged methods whose pages the caller never sees. Thread-safe.
/// </summary>
public static class AwsReadIssues
{
    private static readonly ConditionalWeakTable<object, IReadOnlyList<AwsReadIssue>> ByResponse = new();
    private static readonly AsyncLocal<AwsReadCapture?> CurrentCapture = new();

    /// <summary>The issues met while reading <paramref name="response"/>; empty when it was read whole.</summary>
    public static IReadOnlyList<AwsReadIssue> Of(object response) =>
        ByResponse.TryGetValue(response, out var issues) ? issues : [];

    /// <summary>
    /// Collects the issues of every response read from now on in this async flow (and the flows it starts) until the
    /// capture is disposed. Captures nest: an inner one also reports to the outer ones.
    /// </summary>
    public static AwsReadCapture Capture()
    {
        var capture = new AwsReadCapture(CurrentCapture.Value, CurrentCapture);
        CurrentCapture.Value = capture;
        return capture;
    }

    internal static void Report(object response, IReadOnlyList<AwsReadIssue> issues)
    {
        if (issues.Count == 0)
        {
            return;
        }

        ByResponse.AddOrUpdate(response, issues);
        for (var capture = CurrentCapture.Value; capture is not null; capture = capture.Parent)
        {
            capture.Add(issues);
        }
    }
}

/// <summary>The issues collected since <see cref="AwsReadIssues.Capture"/>; dispose to stop collecting.</summary>
public sealed class AwsReadCapture : IDisposable
{
    private readonly AsyncLocal<AwsReadCapture?> _current;
    private readonly List<AwsReadIssue> _issues = [];
    private bool _disposed;

    internal AwsReadCapture(AwsReadCapture? parent, AsyncLocal<AwsReadCapture?> current)
    {
        Parent = parent;
        _current = current;
    }

    internal AwsReadCapture? Parent { get; }

    /// <summary>A snapshot of the issues collected so far.</summary>
    public IReadOnlyList<AwsReadIssue> Issues
    {
        get
        {
            lock (_issues)
            {
                return _issues.ToArray();
            }
        }
    }

    public void Dispose()
    {
        lock (_issues)
        {
            _disposed = true;
        }

        if (_current.Value == this)
        {
            _current.Value = Parent;
        }
    }

    internal void Add(IReadOnlyList<AwsReadIssue> added)
    {
        lock (_issues)
        {
            if (!_disposed)
            {
                _issues.AddRange(added);
            }
        }
    }
}
