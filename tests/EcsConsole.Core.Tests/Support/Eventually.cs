namespace EcsConsole.Core.Tests.Support;

/// <summary>Polls a condition until it holds or a real-time timeout passes; background loops run on the thread pool.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for: {what}");
            }
            await Task.Delay(10);
        }
    }

    /// <summary>The next batch of a change stream, or a timeout naming what was expected.</summary>
    public static async Task<T> NextAsync<T>(IAsyncEnumerator<T> stream, string what, TimeSpan? timeout = null)
    {
        var moved = await stream.MoveNextAsync().AsTask().WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        Assert.True(moved, $"stream ended while waiting for: {what}");
        return stream.Current;
    }
}
