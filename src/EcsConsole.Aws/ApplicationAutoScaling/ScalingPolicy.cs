using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ApplicationAutoScaling;

/// <summary>Application Auto Scaling model shape <c>ScalingPolicy</c>.</summary>
public sealed record ScalingPolicy
{
    [JsonPropertyName("PolicyARN")] public string? PolicyARN { get; init; }
    [JsonPropertyName("PolicyName")] public string? PolicyName { get; init; }
    /// <summary>ecs, elasticmapreduce, ec2, appstream, dynamodb, rds...</summary>
    [JsonPropertyName("ServiceNamespace")] public string? ServiceNamespace { get; init; }
    [JsonPropertyName("ResourceId")] public string? ResourceId { get; init; }
    /// <summary>ecs:service:DesiredCount, ec2:spot-fleet-request:TargetCapacity, elasticmapreduce:instancegroup:InstanceCount, appstream:fleet:DesiredCapacity, dynamodb:table:ReadCapacityUnits, dynamodb:table:WriteCapacityUnits...</summary>
    [JsonPropertyName("ScalableDimension")] public string? ScalableDimension { get; init; }
    /// <summary>StepScaling, TargetTrackingScaling, PredictiveScaling.</summary>
    [JsonPropertyName("PolicyType")] public string? PolicyType { get; init; }
    [JsonPropertyName("StepScalingPolicyConfiguration")] public StepScalingPolicyConfiguration? StepScalingPolicyConfiguration { get; init; }
    [JsonPropertyName("TargetTrackingScalingPolicyConfiguration")] public TargetTrackingScalingPolicyConfiguration? TargetTrackingScalingPolicyConfiguration { get; init; }
    [JsonPropertyName("PredictiveScalingPolicyConfiguration")] public PredictiveScalingPolicyConfiguration? PredictiveScalingPolicyConfiguration { get; init; }
    [JsonPropertyName("Alarms")] public IReadOnlyList<Alarm>? Alarms { get; init; }
    [JsonPropertyName("CreationTime")] public DateTimeOffset? CreationTime { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>StepScalingPolicyConfiguration</c>.</summary>
public sealed record StepScalingPolicyConfiguration
{
    /// <summary>ChangeInCapacity, PercentChangeInCapacity, ExactCapacity.</summary>
    [JsonPropertyName("AdjustmentType")] public string? AdjustmentType { get; init; }
    [JsonPropertyName("StepAdjustments")] public IReadOnlyList<StepAdjustment>? StepAdjustments { get; init; }
    [JsonPropertyName("MinAdjustmentMagnitude")] public int? MinAdjustmentMagnitude { get; init; }
    [JsonPropertyName("Cooldown")] public int? Cooldown { get; init; }
    /// <summary>Average, Minimum, Maximum.</summary>
    [JsonPropertyName("MetricAggregationType")] public string? MetricAggregationType { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>StepAdjustment</c>.</summary>
public sealed record StepAdjustment
{
    [JsonPropertyName("MetricIntervalLowerBound")] public double? MetricIntervalLowerBound { get; init; }
    [JsonPropertyName("MetricIntervalUpperBound")] public double? MetricIntervalUpperBound { get; init; }
    [JsonPropertyName("ScalingAdjustment")] public int? ScalingAdjustment { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>TargetTrackingScalingPolicyConfiguration</c>.</summary>
public sealed record TargetTrackingScalingPolicyConfiguration
{
    [JsonPropertyName("TargetValue")] public double? TargetValue { get; init; }
    [JsonPropertyName("PredefinedMetricSpecification")] public PredefinedMetricSpecification? PredefinedMetricSpecification { get; init; }
    [JsonPropertyName("CustomizedMetricSpecification")] public CustomizedMetricSpecification? CustomizedMetricSpecification { get; init; }
    [JsonPropertyName("ScaleOutCooldown")] public int? ScaleOutCooldown { get; init; }
    [JsonPropertyName("ScaleInCooldown")] public int? ScaleInCooldown { get; init; }
    [JsonPropertyName("DisableScaleIn")] public bool? DisableScaleIn { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>PredefinedMetricSpecification</c>.</summary>
public sealed record PredefinedMetricSpecification
{
    /// <summary>DynamoDBReadCapacityUtilization, DynamoDBWriteCapacityUtilization, ALBRequestCountPerTarget, RDSReaderAverageCPUUtilization, RDSReaderAverageDatabaseConnections, EC2SpotFleetRequestAverageCPUUtilization...</summary>
    [JsonPropertyName("PredefinedMetricType")] public string? PredefinedMetricType { get; init; }
    [JsonPropertyName("ResourceLabel")] public string? ResourceLabel { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>CustomizedMetricSpecification</c>.</summary>
public sealed record CustomizedMetricSpecification
{
    [JsonPropertyName("MetricName")] public string? MetricName { get; init; }
    [JsonPropertyName("Namespace")] public string? Namespace { get; init; }
    [JsonPropertyName("Dimensions")] public IReadOnlyList<MetricDimension>? Dimensions { get; init; }
    /// <summary>Average, Minimum, Maximum, SampleCount, Sum.</summary>
    [JsonPropertyName("Statistic")] public string? Statistic { get; init; }
    [JsonPropertyName("Unit")] public string? Unit { get; init; }
    [JsonPropertyName("Metrics")] public IReadOnlyList<TargetTrackingMetricDataQuery>? Metrics { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>MetricDimension</c>.</summary>
public sealed record MetricDimension
{
    [JsonPropertyName("Name")] public string? Name { get; init; }
    [JsonPropertyName("Value")] public string? Value { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>TargetTrackingMetricDataQuery</c>.</summary>
public sealed record TargetTrackingMetricDataQuery
{
    [JsonPropertyName("Expression")] public string? Expression { get; init; }
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("Label")] public string? Label { get; init; }
    [JsonPropertyName("MetricStat")] public TargetTrackingMetricStat? MetricStat { get; init; }
    [JsonPropertyName("ReturnData")] public bool? ReturnData { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>TargetTrackingMetricStat</c>.</summary>
public sealed record TargetTrackingMetricStat
{
    [JsonPropertyName("Metric")] public TargetTrackingMetric? Metric { get; init; }
    [JsonPropertyName("Stat")] public string? Stat { get; init; }
    [JsonPropertyName("Unit")] public string? Unit { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>TargetTrackingMetric</c>.</summary>
public sealed record TargetTrackingMetric
{
    [JsonPropertyName("Dimensions")] public IReadOnlyList<TargetTrackingMetricDimension>? Dimensions { get; init; }
    [JsonPropertyName("MetricName")] public string? MetricName { get; init; }
    [JsonPropertyName("Namespace")] public string? Namespace { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>TargetTrackingMetricDimension</c>.</summary>
public sealed record TargetTrackingMetricDimension
{
    [JsonPropertyName("Name")] public string? Name { get; init; }
    [JsonPropertyName("Value")] public string? Value { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>Alarm</c>.</summary>
public sealed record Alarm
{
    [JsonPropertyName("AlarmName")] public string? AlarmName { get; init; }
    [JsonPropertyName("AlarmARN")] public string? AlarmARN { get; init; }
}
