namespace EcsConsole.Core.Metrics;

/// <summary>A chart's time window and the period its points aggregate (about 60 to 300 points per chart).</summary>
public sealed record MetricRange(string Key, string Label, TimeSpan Length, int PeriodSeconds)
{
    public static readonly MetricRange Hour = new("1h", "1 h", TimeSpan.FromHours(1), 60);
    public static readonly MetricRange SixHours = new("6h", "6 h", TimeSpan.FromHours(6), 300);
    public static readonly MetricRange Day = new("24h", "24 h", TimeSpan.FromHours(24), 300);
    public static readonly MetricRange Week = new("7d", "7 d", TimeSpan.FromDays(7), 3600);

    /// <summary>The row trends of the Services and Clusters pages: two hours in 10-minute steps.</summary>
    public static readonly MetricRange Trend = new("trend", "2 h", TimeSpan.FromHours(2), 600);

    /// <summary>The ranges a service page offers, shortest first.</summary>
    public static IReadOnlyList<MetricRange> Charted { get; } = [Hour, SixHours, Day, Week];

    /// <summary>The charted range of that key (1h, 6h, 24h, 7d); null for anything else.</summary>
    public static MetricRange? Find(string? key) => Charted.FirstOrDefault(r => r.Key == key);

    /// <summary>How long a read of this range is shared before it is read again: a period, at least 30 s, at most 5 min.</summary>
    public TimeSpan Freshness => TimeSpan.FromSeconds(Math.Clamp(PeriodSeconds, 30, 300));
}
