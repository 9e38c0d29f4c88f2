namespace EcsConsole.Core.Delivery;

/// <summary>A daily window (UTC) in which a policy starts no rollout; it may cross midnight (22:00 to 06:00).</summary>
public readonly record struct QuietWindow(int StartMinute, int EndMinute)
{
    public static QuietWindow? Of(DeliveryPolicy policy) =>
        policy is { QuietStartMinute: { } start, QuietEndMinute: { } end } && start != end ? new QuietWindow(start, end) : null;

    public bool Contains(DateTimeOffset instant)
    {
        var minute = (int)instant.UtcDateTime.TimeOfDay.TotalMinutes;
        return StartMinute < EndMinute
            ? minute >= StartMinute && minute < EndMinute
            : minute >= StartMinute || minute < EndMinute;
    }

    /// <summary>When the window that contains <paramref name="instant"/> ends.</summary>
    public DateTimeOffset EndAfter(DateTimeOffset instant)
    {
        var day = new DateTimeOffset(instant.UtcDateTime.Date, TimeSpan.Zero);
        var end = day.AddMinutes(EndMinute);
        return end > instant ? end : end.AddDays(1);
    }

    public override string ToString() => $"{Format(StartMinute)}–{Format(EndMinute)} UTC";

    /// <summary>"HH:mm" of a minute of the day.</summary>
    public static string Format(int minute) => $"{minute / 60:00}:{minute % 60:00}";

    /// <summary>Reads "HH:mm" (00:00 to 23:59); null with a reason when it is not that.</summary>
    public static int? ParseMinute(string text, out string? problem)
    {
        problem = null;
        if (TimeOnly.TryParseExact(text.Trim(), "HH:mm", out var time))
        {
            return (time.Hour * 60) + time.Minute;
        }

        problem = $"'{text}' is not a time of day: write it as HH:mm, e.g. 22:00.";
        return null;
    }
}
