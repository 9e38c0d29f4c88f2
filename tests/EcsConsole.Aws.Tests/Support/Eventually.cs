using System.Diagnostics;

namespace EcsConsole.Aws.Tests.Support;

/// <summary>Polling wait with a real-time timeout, for work that hops to the thread pool (e.g. credential resolution).</summary>
public static class Eventually
{
    public static async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"Timed out after {limit} waiting for {what}.");
            }

            await Task.Yield();
        }
    }
}
