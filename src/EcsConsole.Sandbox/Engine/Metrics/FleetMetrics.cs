using System.Security.Cryptography;
using System.Text;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Engine.Metrics;

/// <summary>One minute of one metric: its value, and for latency the log-normal spread its percentiles come from.</summary>
public readonly record struct MinuteValue(double Value, double Weight = 1, double? LogSigma = null);

/// <summary>
/// The CloudWatch metrics of the simulated fleet, minute by minute, from each service's recorded load: demand follows a
/// daily curve of its own (with a little deterministic noise), CPU is that demand spread over the running tasks (fewer
/// tasks, hotter tasks), requests split across target groups as the listener weights say, and a target group whose
/// targets all fail health checks (a broken image) answers 5xx. The same clock minute always gives the same value.
/// </summary>
public sealed class FleetMetrics(SandboxState state, LoadHistory history, DateTimeOffset now)
{
    /// <summary>A metric series resolved to what it measures; null when the sandbox has no such metric.</summary>
    public Func<DateTimeOffset, MinuteValue?>? Resolve(string metricNamespace, string metricName, IReadOnlyDictionary<string, string> dimensions)
    {
        return metricNamespace switch
        {
            "AWS/ECS" => Ecs(metricName, dimensions),
            "ECS/ContainerInsights" => ContainerInsights(metricName, dimensions),
            "AWS/ApplicationELB" => LoadBalancer(metricName, dimensions),
            _ => null,
        };
    }

    private Func<DateTimeOffset, MinuteValue?>? Ecs(string metricName, IReadOnlyDictionary<string, string> dimensions)
    {
        if (metricName is not ("CPUUtilization" or "MemoryUtilization") || !dimensions.TryGetValue("ClusterName", out var clusterName)
            || state.FindCluster(clusterName) is not { } cluster)
        {
            return null;
        }

        var memory = metricName == "MemoryUtilization";
        if (dimensions.TryGetValue("ServiceName", out var serviceName))
        {
            return dimensions.Count == 2 && cluster.Services.FirstOrDefault(s => s.Name == serviceName) is { } service
                ? minute => Utilization(service, minute, memory) is { } value ? new MinuteValue(value) : null
                : null;
        }

        if (dimensions.Count != 1)
        {
            return null;
        }

        // The cluster's figure: its services' utilization weighted by their running tasks.
        return minute =>
        {
            double sum = 0, tasks = 0;
            foreach (var service in cluster.Services)
            {
                if (Utilization(service, minute, memory) is { } value && history.At(service.Arn, minute) is { Running: > 0 } load)
                {
                    sum += value * load.Running;
                    tasks += load.Running;
                }
            }

            return tasks > 0 ? new MinuteValue(sum / tasks) : null;
        };
    }

    private Func<DateTimeOffset, MinuteValue?>? ContainerInsights(string metricName, IReadOnlyDictionary<string, string> dimensions)
    {
        if (!dimensions.TryGetValue("ClusterName", out var clusterName) || state.FindCluster(clusterName) is not { } cluster
            || cluster.ContainerInsights is not ("enabled" or "enhanced")
            || !dimensions.TryGetValue("ServiceName", out var serviceName) || dimensions.Count != 2
            || cluster.Services.FirstOrDefault(s => s.Name == serviceName) is not { } service)
        {
            return null;
        }

        Func<ServiceLoad, double>? pick = metricName switch
        {
            "RunningTaskCount" => l => l.Running,
            "PendingTaskCount" => l => l.Pending,
            "DesiredTaskCount" => l => l.Desired,
            "DeploymentCount" => l => l.Deployments,
            _ => null,
        };
        return pick is null ? null : minute => Load(service, minute) is { } load ? new MinuteValue(pick(load)) : null;
    }

    private Func<DateTimeOffset, MinuteValue?>? LoadBalancer(string metricName, IReadOnlyDictionary<string, string> dimensions)
    {
        if (!dimensions.TryGetValue("TargetGroup", out var targetGroup))
        {
            return null;
        }

        // The TargetGroup dimension is the ARN's suffix: targetgroup/<name>/<id>.
        var owner = state.Clusters.SelectMany(c => c.Services)
            .FirstOrDefault(s => Suffix(s.TargetGroupArn) == targetGroup || Suffix(s.AdvancedConfiguration?.AlternateTargetGroupArn) == targetGroup);
        if (owner is null)
        {
            return null;
        }

        var main = Suffix(owner.TargetGroupArn) == targetGroup;
        return metricName switch
        {
            "RequestCount" => minute => Traffic(owner, minute, main) is { } t ? new MinuteValue(t.Requests) : null,
            "HTTPCode_Target_5XX_Count" => minute => Traffic(owner, minute, main) is { } t ? new MinuteValue(t.Target5xx) : null,
            "HTTPCode_Target_2XX_Count" => minute => Traffic(owner, minute, main) is { } t ? new MinuteValue(t.Requests - t.Target5xx - t.Elb5xx) : null,
            "HTTPCode_ELB_5XX_Count" => minute => Traffic(owner, minute, main) is { } t ? new MinuteValue(t.Elb5xx) : null,
            "HealthyHostCount" => minute => Load(owner, minute) is { } l ? new MinuteValue(main ? l.MainHealthy : l.AlternateHealthy) : null,
            "UnHealthyHostCount" => minute => Load(owner, minute) is { } l ? new MinuteValue(main ? l.MainTroubled : l.AlternateTroubled) : null,
            "TargetResponseTime" => minute => Traffic(owner, minute, main) is { Served: > 0 } t ? new MinuteValue(t.MedianSeconds * Math.Exp(t.LogSigma * t.LogSigma / 2), t.Served, t.LogSigma) : null,
            _ => null,
        };
    }

    /// <summary>What one target group of a service served in one minute.</summary>
    private readonly record struct TargetTraffic(double Requests, double Target5xx, double Elb5xx, double Served, double MedianSeconds, double LogSigma);

    private TargetTraffic? Traffic(ServiceState service, DateTimeOffset minute, bool main)
    {
        if (Load(service, minute) is not { } load)
        {
            return null;
        }

        var weight = main ? load.MainWeight : load.AlternateWeight;
        var (healthy, troubled) = main ? (load.MainHealthy, load.MainTroubled) : (load.AlternateHealthy, load.AlternateTroubled);
        var requests = Math.Round(Demand(service, minute) * BaseRequestsPerMinute(service) * weight / 100.0);
        if (requests <= 0)
        {
            return new TargetTraffic(0, 0, 0, 0, 0, 0);
        }

        if (healthy + troubled == 0)
        {
            // No registered target: the load balancer answers 503 itself.
            return new TargetTraffic(requests, 0, requests, 0, 0, 0);
        }

        // ELB fails open when no target is healthy: the broken targets get the traffic and answer 5xx.
        var errorShare = healthy == 0 ? 0.97 : 0.001 * (1 + Noise(service, minute, "5xx"));
        var target5xx = Math.Round(requests * errorShare);
        var utilization = (Utilization(service, minute, memory: false) ?? 50) / 100;
        var median = healthy == 0 ? 0.004 : 0.035 + 0.09 * utilization * utilization;
        return new TargetTraffic(requests, target5xx, 0, requests, median, healthy == 0 ? 0.3 : 0.55);
    }

    /// <summary>Average utilization of the service's running tasks in percent; null while none runs.</summary>
    private double? Utilization(ServiceState service, DateTimeOffset minute, bool memory)
    {
        if (Load(service, minute) is not { Running: > 0 } load)
        {
            return null;
        }

        // Demand is sized so the service's first recorded desired count runs at about 40% CPU at the daily mean.
        var reference = Math.Max(1, history.First(service.Arn)?.Desired ?? load.Desired);
        var cpu = Math.Clamp(40.0 * Demand(service, minute) * reference / load.Running, 0.5, 100);
        return memory
            ? Math.Clamp(28 + 0.3 * cpu + 4 * Noise(service, minute, "memory"), 1, 100)
            : cpu;
    }

    /// <summary>The service's load in that minute; null before the service existed or after now.</summary>
    private ServiceLoad? Load(ServiceState service, DateTimeOffset minute) =>
        minute < Floor(service.CreatedAt) || minute > now ? null : history.At(service.Arn, minute + TimeSpan.FromSeconds(59));

    /// <summary>Demand relative to the service's mean: a daily curve peaking mid-afternoon UTC, with a few percent of noise.</summary>
    private static double Demand(ServiceState service, DateTimeOffset minute)
    {
        var dayFraction = minute.TimeOfDay.TotalMinutes / 1440;
        var phase = Unit(service.Arn, "phase") * 0.1;
        return 1 + 0.35 * Math.Sin(2 * Math.PI * (dayFraction - 0.35 + phase)) + 0.06 * Noise(service, minute, "demand");
    }

    private static double BaseRequestsPerMinute(ServiceState service) => 300 + Math.Round(Unit(service.Arn, "requests") * 1500);

    /// <summary>Deterministic noise in [-1, 1) for a service, a minute and a purpose.</summary>
    private static double Noise(ServiceState service, DateTimeOffset minute, string purpose) =>
        2 * Unit(service.Arn, purpose + minute.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)) - 1;

    private static double Unit(string seed, string salt)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed + "|" + salt));
        return BitConverter.ToUInt32(hash, 0) / (double)uint.MaxValue;
    }

    public static DateTimeOffset Floor(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);

    private static string? Suffix(string? targetGroupArn) =>
        targetGroupArn is null ? null : targetGroupArn[(targetGroupArn.IndexOf("targetgroup/", StringComparison.Ordinal) is var i and >= 0 ? i : 0)..];

    /// <summary>The p-th percentile (0-100) of a log-normal latency with that mean and spread.</summary>
    public static double Percentile(double mean, double logSigma, double percentile)
    {
        var median = mean / Math.Exp(logSigma * logSigma / 2);
        return median * Math.Exp(logSigma * InverseNormal(percentile / 100));
    }

    // Acklam's rational approximation of the standard normal quantile (relative error below 1.2e-9).
    private static double InverseNormal(double p)
    {
        p = Math.Clamp(p, 1e-9, 1 - 1e-9);
        double[] a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.3577518672690, -30.66479806614716, 2.506628277459239];
        double[] b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
        double[] c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
        double[] d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
        if (p < 0.02425)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }

        if (p > 1 - 0.02425)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }

        var r = p - 0.5;
        var s = r * r;
        return (((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r / (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1);
    }
}
