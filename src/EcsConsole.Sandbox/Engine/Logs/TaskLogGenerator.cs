using System.Globalization;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Engine.Logs;

/// <summary>
/// Writes the log lines a small web service would: startup, requests, health checks, shutdown; a crash for an image that
/// exits at start. Lines are a pure function of the task's history and the second they fall on, so they need no storage
/// and read the same every time.
/// </summary>
public static class TaskLogGenerator
{
    /// <summary>How far back a stream's lines go; older ones are past the sandbox's retention.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(6);

    private static readonly string[] Paths = ["/api/{0}", "/api/{0}/{1}", "/api/{0}/{1}/details", "/api/{0}/search?q={1}"];

    public static IReadOnlyList<LogEventState> Events(TaskState task, ContainerState container, DateTimeOffset now)
    {
        var events = new List<LogEventState>();
        if (StartOf(task) is not { } started)
        {
            return events;
        }

        var end = Min(now, task.ExecutionStoppedAt ?? task.StoppedAt ?? now);
        var seed = Seed(task.Id + container.Name);
        var version = container.Image.Contains(':', StringComparison.Ordinal) ? container.Image[(container.Image.LastIndexOf(':') + 1)..] : "latest";
        void Add(DateTimeOffset at, string level, string message)
        {
            if (at <= end && at >= now - Retention)
            {
                events.Add(new LogEventState(at, $"{at.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} {level} {message}", EventId(at, seed, message)));
            }
        }

        Add(started, "INFO", $"Starting {container.Name} {version} (task {task.Id})");
        Add(started + TimeSpan.FromMilliseconds(420), "INFO", "Configuration loaded; secrets resolved from AWS Secrets Manager");
        if (task.ExitsAtStart)
        {
            Add(started + TimeSpan.FromMilliseconds(900), "ERROR", "Unhandled exception. System.InvalidOperationException: Required setting 'DATABASE_URL' is missing.");
            Add(started + TimeSpan.FromMilliseconds(950), "FATAL", "Host terminated unexpectedly (exit code 1)");
            return events;
        }

        Add(started + TimeSpan.FromMilliseconds(910), "INFO", $"Now listening on: http://0.0.0.0:{container.ContainerPort ?? 8080}");
        var first = Max(started + TimeSpan.FromSeconds(1), now - Retention);
        var last = Min(end, task.StoppingAt ?? end);
        for (var second = Ceiling(first); second < last; second += TimeSpan.FromSeconds(1))
        {
            var tick = Mix(seed, second.ToUnixTimeSeconds());
            if ((ulong)second.ToUnixTimeSeconds() % 30 == seed % 30)
            {
                Add(second + TimeSpan.FromMilliseconds(tick % 1000), "DEBUG", "Health check GET /health responded 200 in 1 ms");
            }
            else if (tick % 9 == 0)
            {
                var path = string.Format(CultureInfo.InvariantCulture, Paths[(int)(tick / 9 % (ulong)Paths.Length)], container.Name, tick % 9973);
                var status = tick % 97 == 0 ? 500 : tick % 23 == 0 ? 404 : 200;
                Add(second + TimeSpan.FromMilliseconds(tick % 1000), status == 500 ? "ERROR" : "INFO", $"HTTP GET {path} responded {status} in {3 + (tick % 180)} ms");
            }
        }

        if (task.StoppingAt is { } stopping)
        {
            if (task.StoppedReason == "Task failed container health checks")
            {
                Add(stopping - TimeSpan.FromMilliseconds(400), "ERROR", "Health check GET /health failed: request timed out after 5000 ms");
            }

            Add(stopping + TimeSpan.FromMilliseconds(50), "INFO", "Application is shutting down (SIGTERM)...");
            Add(stopping + TimeSpan.FromMilliseconds(800), "INFO", "Stopped");
        }

        return events;
    }

    /// <summary>When the container started writing: once its image was pulled; never for a task that failed before.</summary>
    public static DateTimeOffset? StartOf(TaskState task) =>
        task.PullStoppedAt is { } pulled && task.PullError is null ? task.StartedAt ?? pulled : null;

    /// <summary>Time first, so ids sort like events; then stream and line, so the id does not depend on which lines are still retained.</summary>
    private static string EventId(DateTimeOffset at, ulong seed, string message) =>
        at.ToUnixTimeMilliseconds().ToString("D20", CultureInfo.InvariantCulture)
        + (seed % 100_000_000_000UL).ToString("D11", CultureInfo.InvariantCulture)
        + (Seed(message) % 1_000_000UL).ToString("D6", CultureInfo.InvariantCulture);

    private static DateTimeOffset Ceiling(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds((time.ToUnixTimeMilliseconds() + 999) / 1000);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>FNV-1a: a stable hash (string.GetHashCode changes between runs).</summary>
    private static ulong Seed(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Mix(ulong seed, long second)
    {
        var x = seed ^ (ulong)second * 0x9E3779B97F4A7C15UL;
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9UL;
        return x ^ (x >> 29);
    }
}
