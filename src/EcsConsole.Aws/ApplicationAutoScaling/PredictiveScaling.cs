using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ApplicationAutoScaling;

/// <summary>Application Auto Scaling model shape <c>PredictiveScalingPolicyConfiguration</c>.</summary>
public sealed record PredictiveScalingPolicyConfiguration
{
    [JsonPropertyName("MetricSpecifications")] public IReadOnlyList<PredictiveScalingMetricSpecification>? MetricSpecifications { get; init; }
    /// <summary>ForecastOnly, ForecastAndScale.</summary>
    [JsonPropertyName("Mode")] public string? Mode { get; init; }
    [JsonPropertyName("SchedulingBufferTime")] public int? SchedulingBufferTime { get; init; }
    /// <summary>HonorMaxCapacity, IncreaseMaxCapacity.</summary>
    [JsonPropertyName("MaxCapacityBreachBehavior")] public string? MaxCapacityBreachBehavior { get; init; }
    [JsonPropertyName("MaxCapacityBuffer")] public int? MaxCapacityBuffer { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>PredictiveScalingMetricSpecification</c>.</summary>
public sealed record PredictiveScalingMetricSpecification
{
    [JsonPropertyName("TargetValue")] public double? TargetValue { get; init; }
    [JsonPropertyName("PredefinedMetricPairSpecification")] public PredictiveScalingPredefinedMetricPairSpecification? PredefinedMetricPairSpecification { get; init; }
    [JsonPropertyName("PredefinedScalingMetricSpecification")] public PredictiveScalingPredefinedScalingMetricSpecification? PredefinedScalingMetricSpecification { get; init; }
    [JsonPropertyName("PredefinedLoadMetricSpecification")] public PredictiveScalingPredefinedLoadMetricSpecification? PredefinedLoadMetricSpecification { get; init; }
    [JsonPropertyName("CustomizedScalingMetricSpecification")] public PredictiveScalingCustomizedMetricSpecification? CustomizedScalingMetricSpecification { get; init; }
    [JsonPropertyName("CustomizedLoadMetricSpecification")] public PredictiveScalingCustomizedMetricSpecification? CustomizedLoadMetricSpecification { get; init; }
    [JsonPropertyName("CustomizedCapacityMetricSpecification")] public PredictiveScalingCustomizedMetricSpecification? CustomizedCapacityMetricSpecification { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>PredictiveScalingPredefinedMetricPairSpecification</c>.</summary>
public sealed record PredictiveScalingPredefinedMetricPairSpecification
{
    [JsonPropertyName("PredefinedMetricType")] public string? PredefinedMetricType { get; init; }
    [JsonPropertyName("ResourceLabel")] public string? ResourceLabel { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>PredictiveScalingPredefinedScalingMetricSpecification</c>.</summary>
public sealed record PredictiveScalingPredefinedScalingMetricSpecification
{
    [JsonPropertyName("PredefinedMetricType")] public string? PredefinedMetricType { get; init; }
    [JsonPropertyName("ResourceLabel")] public string? ResourceLabel { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>PredictiveScalingPredefinedLoadMetricSpecification</c>.</summary>
public sealed record PredictiveScalingPredefinedLoadMetricSpecification
{
    [JsonPropertyName("PredefinedMetricType")] public string? PredefinedMetricType { get; init; }
    [JsonPropertyName("ResourceLabel")] public string? ResourceLabel { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>PredictiveScalingCustomizedMetricSpecification</c>.</summary>
public sealed record PredictiveScalingCustomizedMetricSpecification
{
    [JsonPropertyName("MetricDataQueries")] public IReadOnlyList<PredictiveScalingMetricDataQuery>? MetricDataQueries { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>PredictiveScalingMetricDataQuery</c>.</summary>
public sealed record PredictiveScalingMetricDataQuery
{
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("Expression")] public string? Expression { get; init; }
    [JsonPropertyName("MetricStat")] public PredictiveScalingMetricStat? MetricStat { get; init; }
    [JsonPropertyName("Label")] public string? Label { get; init; }
    [JsonPropertyName("ReturnData")] public bool? ReturnData { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>PredictiveScalingMetricStat</c>.</summary>
public sealed record PredictiveScalingMetricStat
{
    [JsonPropertyName("Metric")] public PredictiveScalingMetric? Metric { get; init; }
    [JsonPropertyName("Stat")] public string? Stat { get; init; }
    [JsonPropertyName("Unit")] public string? Unit { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>PredictiveScalingMetric</c>.</summary>
public sealed record PredictiveScalingMetric
{
    [JsonPropertyName("Dimensions")] public IReadOnlyList<PredictiveScalingMetricDimension>? Dimensions { get; init; }
    [JsonPropertyName("MetricName")] public string? MetricName { get; init; }
    [JsonPropertyName("Namespace")] public string? Namespace { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>PredictiveScalingMetricDimension</c>.</summary>
public sealed record PredictiveScalingMetricDimension
{
    [JsonPropertyName("Name")] public string? Name { get; init; }
    [JsonPropertyName("Value")] public string? Value { get; init; }
}
