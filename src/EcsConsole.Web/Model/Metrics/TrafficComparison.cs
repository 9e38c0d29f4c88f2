using EcsConsole.Core.Metrics;

namespace EcsConsole.Web.Model.Metrics;

/// <summary>
/// The two target groups of a shifting deployment side by side: for each, its 5xx rate (5xx per request, in percent),
/// p90 latency and share of the requests both received, period by period. Periods where a side received no requests
/// have no 5xx rate (not 0%), so an idle green group does not look healthy.
/// </summary>
public static class TrafficComparison
{
    /// <summary>The metrics read for one target group, in the order <see cref="Side"/> expects them.</summary>
    public static IReadOnlyList<MetricRequest> Requests(string targetGroupArn) =>
    [
        MetricRequest.TargetGroup(targetGroupArn, "RequestCount", "Sum", "Requests", ""),
        MetricRequest.TargetGroup(targetGroupArn, "HTTPCode_Target_5XX_Count", "Sum", "5xx", ""),
        MetricRequest.TargetGroup(targetGroupArn, "TargetResponseTime", "p90", "p90 latency", "s"),
    ];

    /// <summary>One side's charts from its three series and the other side's requests.</summary>
    public static TrafficSide Side(string name, IReadOnlyList<MetricSeries> own, MetricSeries otherRequests)
    {
        var requests = own[0].Points.ToDictionary(p => p.At, p => p.Value);
        var errors = own[1].Points.ToDictionary(p => p.At, p => p.Value);
        var other = otherRequests.Points.ToDictionary(p => p.At, p => p.Value);
        var errorRate = requests.Where(r => r.Value > 0)
            .Select(r => new MetricPoint(r.Key, 100 * errors.GetValueOrDefault(r.Key) / r.Value)).OrderBy(p => p.At).ToList();
        var share = requests.Keys.Union(other.Keys)
            .Select(at => (At: at, Own: requests.GetValueOrDefault(at), Total: requests.GetValueOrDefault(at) + other.GetValueOrDefault(at)))
            .Where(p => p.Total > 0)
            .Select(p => new MetricPoint(p.At, 100 * p.Own / p.Total)).OrderBy(p => p.At).ToList();
        return new TrafficSide(
            name,
            new MetricSeries("5xx rate", "%", errorRate, own[1].Note ?? own[0].Note),
            own[2],
            new MetricSeries("Request share", "%", share));
    }
}

/// <summary>What one target group served during a deployment.</summary>
public sealed record TrafficSide(string Name, MetricSeries ErrorRate, MetricSeries P90Latency, MetricSeries RequestShare);
