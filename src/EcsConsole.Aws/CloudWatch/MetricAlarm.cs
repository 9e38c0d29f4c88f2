using System.Text.Json.Serialization;

namespace EcsConsole.Aws.CloudWatch;

/// <summary>
/// CloudWatch model shape <c>MetricAlarm</c>. <c>EvaluationWindow</c> (a union of wall-clock and sliding windows for
/// PromQL alarms) is not read: the console shows threshold alarms on ECS metrics.
/// </summary>
public sealed record MetricAlarm
{
    [JsonPropertyName("AlarmName")] public string? AlarmName { get; init; }
    [JsonPropertyName("AlarmArn")] public string? AlarmArn { get; init; }
    [JsonPropertyName("AlarmDescription")] public string? AlarmDescription { get; init; }
    [JsonPropertyName("AlarmConfigurationUpdatedTimestamp")] public DateTimeOffset? AlarmConfigurationUpdatedTimestamp { get; init; }
    [JsonPropertyName("ActionsEnabled")] public bool? ActionsEnabled { get; init; }
    [JsonPropertyName("OKActions")] public IReadOnlyList<string>? OKActions { get; init; }
    [JsonPropertyName("AlarmActions")] public IReadOnlyList<string>? AlarmActions { get; init; }
    [JsonPropertyName("InsufficientDataActions")] public IReadOnlyList<string>? InsufficientDataActions { get; init; }
    /// <summary>OK, ALARM, INSUFFICIENT_DATA.</summary>
    [JsonPropertyName("StateValue")] public string? StateValue { get; init; }
    [JsonPropertyName("StateReason")] public string? StateReason { get; init; }
    [JsonPropertyName("StateReasonData")] public string? StateReasonData { get; init; }
    [JsonPropertyName("StateUpdatedTimestamp")] public DateTimeOffset? StateUpdatedTimestamp { get; init; }
    [JsonPropertyName("MetricName")] public string? MetricName { get; init; }
    [JsonPropertyName("Namespace")] public string? Namespace { get; init; }
    /// <summary>SampleCount, Average, Sum, Minimum, Maximum.</summary>
    [JsonPropertyName("Statistic")] public string? Statistic { get; init; }
    [JsonPropertyName("ExtendedStatistic")] public string? ExtendedStatistic { get; init; }
    [JsonPropertyName("Dimensions")] public IReadOnlyList<Dimension>? Dimensions { get; init; }
    [JsonPropertyName("Period")] public int? Period { get; init; }
    /// <summary>Seconds, Microseconds, Milliseconds, Bytes, Kilobytes, Megabytes...</summary>
    [JsonPropertyName("Unit")] public string? Unit { get; init; }
    [JsonPropertyName("EvaluationPeriods")] public int? EvaluationPeriods { get; init; }
    [JsonPropertyName("DatapointsToAlarm")] public int? DatapointsToAlarm { get; init; }
    [JsonPropertyName("Threshold")] public double? Threshold { get; init; }
    /// <summary>GreaterThanOrEqualToThreshold, GreaterThanThreshold, LessThanThreshold, LessThanOrEqualToThreshold, LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold...</summary>
    [JsonPropertyName("ComparisonOperator")] public string? ComparisonOperator { get; init; }
    [JsonPropertyName("TreatMissingData")] public string? TreatMissingData { get; init; }
    [JsonPropertyName("EvaluateLowSampleCountPercentile")] public string? EvaluateLowSampleCountPercentile { get; init; }
    [JsonPropertyName("Metrics")] public IReadOnlyList<MetricDataQuery>? Metrics { get; init; }
    [JsonPropertyName("ThresholdMetricId")] public string? ThresholdMetricId { get; init; }
    /// <summary>PARTIAL_DATA, EVALUATION_FAILURE, EVALUATION_ERROR.</summary>
    [JsonPropertyName("EvaluationState")] public string? EvaluationState { get; init; }
    [JsonPropertyName("StateTransitionedTimestamp")] public DateTimeOffset? StateTransitionedTimestamp { get; init; }
    [JsonPropertyName("EvaluationCriteria")] public EvaluationCriteria? EvaluationCriteria { get; init; }
    [JsonPropertyName("EvaluationInterval")] public int? EvaluationInterval { get; init; }
}

/// <summary>CloudWatch model shape <c>Dimension</c>.</summary>
public sealed record Dimension
{
    [JsonPropertyName("Name")] public string? Name { get; init; }
    [JsonPropertyName("Value")] public string? Value { get; init; }
}

/// <summary>CloudWatch model shape <c>MetricDataQuery</c>.</summary>
public sealed record MetricDataQuery
{
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("MetricStat")] public MetricStat? MetricStat { get; init; }
    [JsonPropertyName("Expression")] public string? Expression { get; init; }
    [JsonPropertyName("Label")] public string? Label { get; init; }
    [JsonPropertyName("ReturnData")] public bool? ReturnData { get; init; }
    [JsonPropertyName("Period")] public int? Period { get; init; }
    [JsonPropertyName("AccountId")] public string? AccountId { get; init; }
}

/// <summary>CloudWatch model shape <c>MetricStat</c>.</summary>
public sealed record MetricStat
{
    [JsonPropertyName("Metric")] public Metric? Metric { get; init; }
    [JsonPropertyName("Period")] public int? Period { get; init; }
    [JsonPropertyName("Stat")] public string? Stat { get; init; }
    /// <summary>Seconds, Microseconds, Milliseconds, Bytes, Kilobytes, Megabytes...</summary>
    [JsonPropertyName("Unit")] public string? Unit { get; init; }
}

/// <summary>CloudWatch model shape <c>Metric</c>.</summary>
public sealed record Metric
{
    [JsonPropertyName("Namespace")] public string? Namespace { get; init; }
    [JsonPropertyName("MetricName")] public string? MetricName { get; init; }
    [JsonPropertyName("Dimensions")] public IReadOnlyList<Dimension>? Dimensions { get; init; }
}

/// <summary>CloudWatch model shape <c>EvaluationCriteria</c>.</summary>
public sealed record EvaluationCriteria
{
    [JsonPropertyName("PromQLCriteria")] public AlarmPromQLCriteria? PromQLCriteria { get; init; }
}

/// <summary>CloudWatch model shape <c>AlarmPromQLCriteria</c>.</summary>
public sealed record AlarmPromQLCriteria
{
    [JsonPropertyName("Query")] public string? Query { get; init; }
    [JsonPropertyName("PendingPeriod")] public int? PendingPeriod { get; init; }
    [JsonPropertyName("RecoveryPeriod")] public int? RecoveryPeriod { get; init; }
}
