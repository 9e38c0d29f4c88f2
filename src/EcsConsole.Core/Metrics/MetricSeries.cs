namespace EcsConsole.Core.Metrics;

/// <summary>One point of a chart: the period's start and its value.</summary>
public readonly record struct MetricPoint(DateTimeOffset At, double Value);

/// <summary>
/// A metric over a range, oldest point first. Missing periods are simply absent (CloudWatch has no point where nothing
/// was reported); <see cref="Note"/> says when CloudWatch answered only part of it or could not.
/// </summary>
public sealed record MetricSeries(string Label, string Unit, IReadOnlyList<MetricPoint> Points, string? Note = null)
{
    public static MetricSeries Empty(string label, string unit, string? note = null) => new(label, unit, [], note);

    public double? Latest => Points.Count == 0 ? null : Points[^1].Value;

    public double? Max => Points.Count == 0 ? null : Points.Max(p => p.Value);
}

/// <summary>What to read: a CloudWatch metric with its dimensions and statistic.</summary>
public sealed record MetricRequest(string Namespace, string MetricName, IReadOnlyList<KeyValuePair<string, string>> Dimensions, string Stat, string Label, string Unit)
{
    /// <summary>A stable text for this request, to share reads and cache them.</summary>
    public string Key => $"{Namespace}|{MetricName}|{string.Join(",", Dimensions.Select(d => $"{d.Key}={d.Value}"))}|{Stat}";

    public static MetricRequest ServiceCpu(string cluster, string service) =>
        new("AWS/ECS", "CPUUtilization", [new("ClusterName", cluster), new("ServiceName", service)], "Average", "CPU", "%");

    public static MetricRequest ServiceMemory(string cluster, string service) =>
        new("AWS/ECS", "MemoryUtilization", [new("ClusterName", cluster), new("ServiceName", service)], "Average", "Memory", "%");

    public static MetricRequest ClusterCpu(string cluster) =>
        new("AWS/ECS", "CPUUtilization", [new("ClusterName", cluster)], "Average", "CPU", "%");

    public static MetricRequest RunningTasks(string cluster, string service) =>
        new("ECS/ContainerInsights", "RunningTaskCount", [new("ClusterName", cluster), new("ServiceName", service)], "Maximum", "Running tasks", "");

    public static MetricRequest Deployments(string cluster, string service) =>
        new("ECS/ContainerInsights", "DeploymentCount", [new("ClusterName", cluster), new("ServiceName", service)], "Maximum", "Deployments", "");

    /// <summary>An ALB target group metric; <paramref name="targetGroupArn"/> is reduced to the TargetGroup dimension (targetgroup/name/id).</summary>
    public static MetricRequest TargetGroup(string targetGroupArn, string metricName, string stat, string label, string unit)
    {
        var at = targetGroupArn.IndexOf("targetgroup/", StringComparison.Ordinal);
        return new("AWS/ApplicationELB", metricName, [new("TargetGroup", at < 0 ? targetGroupArn : targetGroupArn[at..])], stat, label, unit);
    }
}
