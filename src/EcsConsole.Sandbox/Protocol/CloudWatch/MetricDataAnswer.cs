using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine.Metrics;

namespace EcsConsole.Sandbox.Protocol.CloudWatch;

/// <summary>
/// GetMetricData over the sandbox's fleet metrics: each MetricStat query is aggregated from the metric's minutes into
/// periods (Average, Sum, Minimum, Maximum, SampleCount and pNN percentiles). A metric the sandbox does not produce
/// answers an empty, Complete series, as CloudWatch does for a metric without data; metric math is refused plainly.
/// </summary>
public static class MetricDataAnswer
{
    public const int MaxQueries = 500;

    public const int MaxDatapoints = 100_800;

    public static JsonObject Answer(JsonInput input, FleetMetrics metrics)
    {
        var queries = input.ObjectList("MetricDataQueries") ?? throw Missing("MetricDataQueries");
        if (queries.Count is 0 or > MaxQueries)
        {
            throw Invalid($"The collection MetricDataQueries must not have a size greater than {MaxQueries} nor be empty; it has {queries.Count}.");
        }

        var start = Time(input, "StartTime") ?? throw Missing("StartTime");
        var end = Time(input, "EndTime") ?? throw Missing("EndTime");
        if (end <= start)
        {
            throw Invalid("The parameter StartTime must be less than the parameter EndTime.");
        }

        if (input.String("NextToken") is not null)
        {
            throw new SandboxApiException("InvalidNextToken", "The service returned an invalid token; the sandbox answers every GetMetricData call in one page.");
        }

        var ascending = input.Enum("ScanBy", "TimestampDescending", "TimestampAscending") == "TimestampAscending";
        var limit = input.Int("MaxDatapoints") ?? MaxDatapoints;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var results = new JsonArray();
        var total = 0;
        foreach (var query in queries)
        {
            var id = query.RequiredString("Id");
            if (!ids.Add(id))
            {
                throw Invalid($"The value {id} for field Id in MetricDataQueries is not unique.");
            }

            if (query.String("Expression") is not null)
            {
                throw Invalid($"Query {id}: the sandbox does not evaluate metric math or Metrics Insights expressions; send MetricStat queries.");
            }

            var stat = query.Object("MetricStat") ?? throw Invalid($"Query {id} must have either MetricStat or Expression.");
            var metric = stat.Object("Metric") ?? throw Missing($"MetricDataQueries.{id}.MetricStat.Metric");
            var period = stat.Int("Period") ?? throw Missing($"MetricDataQueries.{id}.MetricStat.Period");
            var statistic = stat.RequiredString("Stat");
            if (period < 1 || (period >= 60 && period % 60 != 0) || (period < 60 && 60 % period != 0))
            {
                throw Invalid($"Query {id}: the period {period} must be 1, 5, 10, 20, 30 or a multiple of 60 seconds.");
            }

            var namespaceName = metric.String("Namespace") ?? "";
            var metricName = metric.String("MetricName") ?? "";
            var dimensions = (metric.ObjectList("Dimensions") ?? [])
                .ToDictionary(d => d.RequiredString("Name"), d => d.RequiredString("Value"), StringComparer.Ordinal);
            if (query.Bool("ReturnData") == false)
            {
                continue;
            }

            // The fleet's metrics have 1-minute resolution: a shorter period has no data.
            var series = period < 60 ? null : metrics.Resolve(namespaceName, metricName, dimensions);
            var points = series is null ? [] : Aggregate(series, FleetMetrics.Floor(start), end, period, statistic, id).ToList();
            if (!ascending)
            {
                points.Reverse();
            }

            var room = Math.Max(0, limit - total);
            var partial = points.Count > room;
            points = points.Take(room).ToList();
            total += points.Count;
            results.Add(new JsonObject
            {
                ["Id"] = id,
                ["Label"] = query.String("Label") ?? metricName,
                ["Timestamps"] = new JsonArray(points.Select(p => WireTime.Epoch(p.At)).ToArray()),
                ["Values"] = new JsonArray(points.Select(p => (JsonNode)JsonValue.Create(Math.Round(p.Value, 6))).ToArray()),
                ["StatusCode"] = partial ? "PartialData" : "Complete",
                ["Messages"] = new JsonArray(),
            });
        }

        return new JsonObject { ["MetricDataResults"] = results, ["Messages"] = new JsonArray() };
    }

    private static IEnumerable<(DateTimeOffset At, double Value)> Aggregate(Func<DateTimeOffset, MinuteValue?> series, DateTimeOffset start, DateTimeOffset end, int period, string statistic, string id)
    {
        var aggregate = Aggregator(statistic, id);
        for (var bucket = start; bucket < end; bucket += TimeSpan.FromSeconds(period))
        {
            var minutes = new List<MinuteValue>();
            for (var minute = bucket; minute < bucket + TimeSpan.FromSeconds(period) && minute < end; minute += TimeSpan.FromMinutes(1))
            {
                if (series(minute) is { } value)
                {
                    minutes.Add(value);
                }
            }

            if (minutes.Count > 0)
            {
                yield return (bucket, aggregate(minutes));
            }
        }
    }

    private static Func<List<MinuteValue>, double> Aggregator(string statistic, string id)
    {
        switch (statistic)
        {
            case "Average":
                return m => m.Sum(v => v.Value * v.Weight) / Math.Max(1e-9, m.Sum(v => v.Weight));
            case "Sum":
                return m => m.Sum(v => v.Value);
            case "Minimum":
                return m => m.Min(v => v.Value);
            case "Maximum":
                return m => m.Max(v => v.Value);
            case "SampleCount":
                return m => m.Count;
        }

        if (statistic.Length > 1 && statistic[0] == 'p'
            && double.TryParse(statistic[1..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percentile) && percentile is >= 0 and <= 100)
        {
            return m => m.All(v => v.LogSigma is not null)
                // A latency: the request-weighted mean of the minutes' percentiles of their log-normal spread.
                ? m.Sum(v => FleetMetrics.Percentile(v.Value, v.LogSigma!.Value, percentile) * v.Weight) / Math.Max(1e-9, m.Sum(v => v.Weight))
                : NearestRank(m.Select(v => v.Value).Order().ToList(), percentile);
        }

        throw Invalid($"Query {id}: the statistic '{statistic}' is not one of Average, Sum, Minimum, Maximum, SampleCount or a percentile such as p90.");
    }

    private static double NearestRank(List<double> sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>A timestamp member: epoch seconds in JSON, ISO 8601 text as the CLI may also send.</summary>
    private static DateTimeOffset? Time(JsonInput input, string name) => input.Body[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => DateTimeOffset.FromUnixTimeMilliseconds(
            (long)((value.TryGetValue<double>(out var seconds) ? seconds : value.GetValue<long>()) * 1000)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        _ => throw new SandboxApiException("SerializationException", $"'{name}' must be a timestamp (epoch seconds)."),
    };

    private static SandboxApiException Invalid(string message) => new("InvalidParameterValueException", message);

    private static SandboxApiException Missing(string name) =>
        new("MissingRequiredParameterException", $"The parameter {name} is required.");
}
