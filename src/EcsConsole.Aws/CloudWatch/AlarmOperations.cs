using System.Text.Json.Serialization;

namespace EcsConsole.Aws.CloudWatch;

/// <summary>CloudWatch model shape <c>DescribeAlarmsInput</c>.</summary>
public sealed record DescribeAlarmsRequest
{
    [JsonPropertyName("AlarmNames")] public IReadOnlyList<string>? AlarmNames { get; init; }
    [JsonPropertyName("AlarmNamePrefix")] public string? AlarmNamePrefix { get; init; }
    [JsonPropertyName("AlarmTypes")] public IReadOnlyList<string>? AlarmTypes { get; init; }
    [JsonPropertyName("ChildrenOfAlarmName")] public string? ChildrenOfAlarmName { get; init; }
    [JsonPropertyName("ParentsOfAlarmName")] public string? ParentsOfAlarmName { get; init; }
    /// <summary>OK, ALARM, INSUFFICIENT_DATA.</summary>
    [JsonPropertyName("StateValue")] public string? StateValue { get; init; }
    [JsonPropertyName("ActionPrefix")] public string? ActionPrefix { get; init; }
    [JsonPropertyName("MaxRecords")] public int? MaxRecords { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
}

/// <summary>CloudWatch model shape <c>DescribeAlarmsOutput</c>.</summary>
public sealed record DescribeAlarmsResponse
{
    [JsonPropertyName("CompositeAlarms")] public IReadOnlyList<CompositeAlarm>? CompositeAlarms { get; init; }
    [JsonPropertyName("MetricAlarms")] public IReadOnlyList<MetricAlarm>? MetricAlarms { get; init; }
    [JsonPropertyName("LogAlarms")] public IReadOnlyList<LogAlarm>? LogAlarms { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
}

/// <summary>CloudWatch model shape <c>CompositeAlarm</c>.</summary>
public sealed record CompositeAlarm
{
    [JsonPropertyName("ActionsEnabled")] public bool? ActionsEnabled { get; init; }
    [JsonPropertyName("AlarmActions")] public IReadOnlyList<string>? AlarmActions { get; init; }
    [JsonPropertyName("AlarmArn")] public string? AlarmArn { get; init; }
    [JsonPropertyName("AlarmConfigurationUpdatedTimestamp")] public DateTimeOffset? AlarmConfigurationUpdatedTimestamp { get; init; }
    [JsonPropertyName("AlarmDescription")] public string? AlarmDescription { get; init; }
    [JsonPropertyName("AlarmName")] public string? AlarmName { get; init; }
    [JsonPropertyName("AlarmRule")] public string? AlarmRule { get; init; }
    [JsonPropertyName("InsufficientDataActions")] public IReadOnlyList<string>? InsufficientDataActions { get; init; }
    [JsonPropertyName("OKActions")] public IReadOnlyList<string>? OKActions { get; init; }
    [JsonPropertyName("StateReason")] public string? StateReason { get; init; }
    [JsonPropertyName("StateReasonData")] public string? StateReasonData { get; init; }
    [JsonPropertyName("StateUpdatedTimestamp")] public DateTimeOffset? StateUpdatedTimestamp { get; init; }
    /// <summary>OK, ALARM, INSUFFICIENT_DATA.</summary>
    [JsonPropertyName("StateValue")] public string? StateValue { get; init; }
    [JsonPropertyName("StateTransitionedTimestamp")] public DateTimeOffset? StateTransitionedTimestamp { get; init; }
    /// <summary>WaitPeriod, ExtensionPeriod, Alarm.</summary>
    [JsonPropertyName("ActionsSuppressedBy")] public string? ActionsSuppressedBy { get; init; }
    [JsonPropertyName("ActionsSuppressedReason")] public string? ActionsSuppressedReason { get; init; }
    [JsonPropertyName("ActionsSuppressor")] public string? ActionsSuppressor { get; init; }
    [JsonPropertyName("ActionsSuppressorWaitPeriod")] public int? ActionsSuppressorWaitPeriod { get; init; }
    [JsonPropertyName("ActionsSuppressorExtensionPeriod")] public int? ActionsSuppressorExtensionPeriod { get; init; }
}

/// <summary>CloudWatch model shape <c>LogAlarm</c>.</summary>
public sealed record LogAlarm
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
    [JsonPropertyName("ScheduledQueryConfiguration")] public ScheduledQueryConfiguration? ScheduledQueryConfiguration { get; init; }
    [JsonPropertyName("QueryResultsToEvaluate")] public int? QueryResultsToEvaluate { get; init; }
    [JsonPropertyName("QueryResultsToAlarm")] public int? QueryResultsToAlarm { get; init; }
    [JsonPropertyName("Threshold")] public double? Threshold { get; init; }
    /// <summary>GreaterThanOrEqualToThreshold, GreaterThanThreshold, LessThanThreshold, LessThanOrEqualToThreshold, LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold...</summary>
    [JsonPropertyName("ComparisonOperator")] public string? ComparisonOperator { get; init; }
    [JsonPropertyName("TreatMissingData")] public string? TreatMissingData { get; init; }
    [JsonPropertyName("StateTransitionedTimestamp")] public DateTimeOffset? StateTransitionedTimestamp { get; init; }
    /// <summary>PARTIAL_DATA, EVALUATION_FAILURE, EVALUATION_ERROR.</summary>
    [JsonPropertyName("EvaluationState")] public string? EvaluationState { get; init; }
    [JsonPropertyName("ActionLogLineCount")] public int? ActionLogLineCount { get; init; }
    [JsonPropertyName("ActionLogLineRoleArn")] public string? ActionLogLineRoleArn { get; init; }
}

/// <summary>CloudWatch model shape <c>ScheduledQueryConfiguration</c>.</summary>
public sealed record ScheduledQueryConfiguration
{
    [JsonPropertyName("QueryString")] public string? QueryString { get; init; }
    [JsonPropertyName("LogGroupIdentifiers")] public IReadOnlyList<string>? LogGroupIdentifiers { get; init; }
    [JsonPropertyName("QueryARN")] public string? QueryARN { get; init; }
    [JsonPropertyName("ScheduledQueryRoleARN")] public string? ScheduledQueryRoleARN { get; init; }
    [JsonPropertyName("ScheduleConfiguration")] public ScheduleConfiguration? ScheduleConfiguration { get; init; }
    [JsonPropertyName("AggregationExpression")] public string? AggregationExpression { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}

/// <summary>CloudWatch model shape <c>ScheduleConfiguration</c>.</summary>
public sealed record ScheduleConfiguration
{
    [JsonPropertyName("ScheduleExpression")] public string? ScheduleExpression { get; init; }
    [JsonPropertyName("StartTimeOffset")] public long? StartTimeOffset { get; init; }
    [JsonPropertyName("EndTimeOffset")] public long? EndTimeOffset { get; init; }
}

/// <summary>CloudWatch model shape <c>Tag</c>.</summary>
public sealed record Tag
{
    [JsonPropertyName("Key")] public string? Key { get; init; }
    [JsonPropertyName("Value")] public string? Value { get; init; }
}
