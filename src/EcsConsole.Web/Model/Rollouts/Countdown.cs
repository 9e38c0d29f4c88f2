using System.Globalization;

namespace EcsConsole.Web.Model.Rollouts;

/// <summary>Time left until an instant (a bake end, a hook timeout), read from the injected clock, never below zero.</summary>
public static class Countdown
{
    public static TimeSpan Remaining(DateTimeOffset endsAt, TimeProvider time)
    {
        var left = endsAt - time.GetUtcNow();
        return left < TimeSpan.Zero ? TimeSpan.Zero : left;
    }

    /// <summary><c>m:ss</c> under an hour, <c>h:mm:ss</c> above; partial seconds round up so "0:00" means done.</summary>
    public static string Format(TimeSpan remaining)
    {
        var seconds = (long)Math.Ceiling(remaining.TotalSeconds);
        if (seconds <= 0)
        {
            return "0:00";
        }
        var hours = seconds / 3600;
        var minutes = seconds % 3600 / 60;
        var rest = seconds % 60;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{rest:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes}:{rest:00}");
    }

    /// <summary>A duration as people read it in a table: "42 s", "3 min 05 s", "1 h 12 min".</summary>
    public static string Duration(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            duration = TimeSpan.Zero;
        }
        return duration.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours} h {duration.Minutes:00} min")
            : duration.TotalMinutes >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes} min {duration.Seconds:00} s")
                : string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalSeconds} s");
    }
}
