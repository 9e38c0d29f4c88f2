using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
namespace EcsConsole.Core.Timeline;

/// <summary>
/// One timeline per connection and region: the console's own is the hosted <see cref="TimelineFeed"/>, fed by the hosted
/// monitor; any other is made with the first monitor of that connection and region (<see cref="FleetMonitors"/>) and fed
/// by its polls, so one account's events never show under another's. A feed outlives its monitor: who comes back to a
/// connection finds what was seen while it was watched. Singleton.
/// </summary>
public sealed class TimelineFeeds(TimelineFeed hosted, AwsConnection aws, TimeProvider timeProvider) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TimelineFeed> _feeds = new(StringComparer.Ordinal);

    /// <summary>The timeline of <paramref name="settings"/>' connection and region.</summary>
    public TimelineFeed For(AwsConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (FleetMonitors.IsConsoleOwn(settings, aws))
        {
            return hosted;
        }
        lock (_gate)
        {
            var key = FleetMonitors.KeyOf(settings);
            if (!_feeds.TryGetValue(key, out var feed))
            {
                feed = new TimelineFeed(aws, timeProvider);
                _feeds[key] = feed;
            }
            return feed;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var feed in _feeds.Values)
            {
                feed.Dispose();
            }
            _feeds.Clear();
        }
    }
}
