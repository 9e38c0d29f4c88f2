namespace EcsConsole.Aws.Budget;

/// <summary>
/// Who is waiting for an AWS call. When the rate budget is spent, <see cref="Interactive"/> calls (a person reading a page,
/// a write, a wizard step) get the next tokens before any <see cref="Background"/> call (a monitor's poll) does.
/// </summary>
public enum AwsCallPriority
{
    Interactive,
    Background,
}

/// <summary>
/// The priority of the AWS calls made in the current async flow. Interactive unless a caller said otherwise, so a call
/// nobody marked is never pushed back; pollers wrap their work in <see cref="Background"/>.
/// </summary>
public static class AwsCallPriorityScope
{
    private static readonly AsyncLocal<AwsCallPriority?> Ambient = new();

    public static AwsCallPriority Current => Ambient.Value ?? AwsCallPriority.Interactive;

    /// <summary>Marks the calls made until the returned scope is disposed (in this async flow) as background work.</summary>
    public static IDisposable Background() => Enter(AwsCallPriority.Background);

    /// <summary>Marks the calls made until the returned scope is disposed (in this async flow) as <paramref name="priority"/>.</summary>
    public static IDisposable Enter(AwsCallPriority priority)
    {
        var previous = Ambient.Value;
        Ambient.Value = priority;
        return new Restore(previous);
    }

    private sealed class Restore(AwsCallPriority? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
