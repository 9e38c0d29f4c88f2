using System.Globalization;
using EcsConsole.Core.Metrics;

namespace EcsConsole.Web.Model.Metrics;

/// <summary>
/// Places metric points in an SVG box: time runs left to right from <see cref="Start"/> to <see cref="End"/>, values bottom
/// to top from 0 to <see cref="Top"/>. A gap of more than two periods without points breaks the line, so missing data
/// is shown as missing rather than bridged.
/// </summary>
public sealed class ChartGeometry(DateTimeOffset start, DateTimeOffset end, double top, double width, double height)
{
    public DateTimeOffset Start { get; } = start;

    public DateTimeOffset End { get; } = end;

    public double Top { get; } = top <= 0 ? 1 : top;

    public double Width { get; } = width;

    public double Height { get; } = height;

    /// <summary>A round upper bound for values up to <paramref name="max"/>: 100 for percentages, else 1, 2 or 5 times a power of ten.</summary>
    public static double NiceTop(double? max, bool percent)
    {
        if (percent)
        {
            return 100;
        }

        if (max is not { } value || value <= 0)
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 5, 10 }.Select(f => f * power).First(f => f >= value);
    }

    public double X(DateTimeOffset at) =>
        Math.Clamp((at - Start).TotalSeconds / Math.Max(1, (End - Start).TotalSeconds), 0, 1) * Width;

    public double Y(double value) => Height - Math.Clamp(value / Top, 0, 1) * Height;

    /// <summary>The polyline point lists of a series, one per unbroken run of points.</summary>
    public IReadOnlyList<string> Lines(IReadOnlyList<MetricPoint> points, TimeSpan period)
    {
        var lines = new List<string>();
        var current = new List<string>();
        MetricPoint? previous = null;
        foreach (var point in points)
        {
            if (previous is { } last && point.At - last.At > period * 2 && current.Count > 0)
            {
                lines.Add(string.Join(' ', current));
                current.Clear();
            }

            current.Add(string.Create(CultureInfo.InvariantCulture, $"{X(point.At):0.#},{Y(point.Value):0.#}"));
            previous = point;
        }

        if (current.Count > 0)
        {
            // A lone point is drawn as a short flat line so it can be seen.
            lines.Add(current.Count == 1 ? current[0] + " " + Shift(current[0], 2) : string.Join(' ', current));
        }

        return lines;
    }

    private static string Shift(string point, double dx)
    {
        var parts = point.Split(',');
        var x = double.Parse(parts[0], CultureInfo.InvariantCulture) + dx;
        return string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{parts[1]}");
    }
}
