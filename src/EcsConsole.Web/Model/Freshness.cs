namespace EcsConsole.Web.Model;

/// <summary>Says how old the monitor's data is, the way an operator reads it at a glance.</summary>
public static class Freshness
{
    public static string Describe(DateTimeOffset? lastRefreshed, DateTimeOffset now)
    {
        if (lastRefreshed is not { } refreshed)
        {
            return "not loaded yet";
        }
        var age = now - refreshed;
        if (age < TimeSpan.FromSeconds(1))
        {
            return "updated just now";
        }
        if (age < TimeSpan.FromMinutes(1))
        {
            return $"updated {(int)age.TotalSeconds}s ago";
        }
        if (age < TimeSpan.FromHours(1))
        {
            return $"updated {(int)age.TotalMinutes}m ago";
        }
        return $"updated {(int)age.TotalHours}h ago";
    }

    /// <summary>The age of a fleet kept from an earlier read, shown until the first fresh read: "as of 2 min ago".</summary>
    public static string AsOf(DateTimeOffset readAt, DateTimeOffset now)
    {
        var age = now - readAt;
        if (age < TimeSpan.FromMinutes(1))
        {
            return $"as of {Math.Max(0, (int)age.TotalSeconds)} s ago";
        }
        if (age < TimeSpan.FromHours(1))
        {
            return $"as of {(int)age.TotalMinutes} min ago";
        }
        if (age < TimeSpan.FromDays(2))
        {
            return $"as of {(int)age.TotalHours} h ago";
        }
        return $"as of {(int)age.TotalDays} days ago";
    }

    /// <summary>A poll interval as people read it: "5 s", "2 min 30 s".</summary>
    public static string Every(TimeSpan interval) =>
        interval < TimeSpan.FromMinutes(1)
            ? $"{Math.Max(1, (int)Math.Round(interval.TotalSeconds))} s"
            : interval.Seconds == 0 ? $"{(int)interval.TotalMinutes} min" : $"{(int)interval.TotalMinutes} min {interval.Seconds} s";
}
