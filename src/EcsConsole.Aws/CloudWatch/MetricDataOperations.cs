using System.Text.Json.Serialization;

namespace EcsConsole.Aws.CloudWatch;

/// <summary>CloudWatch model shape <c>GetMetricDataInput</c>.</summary>
public sealed record GetMetricDataRequest
{
    /// <summary>At most <see cref="CloudWatchClient.MaxQueriesPerCall"/> queries per call.</summary>
    [JsonPropertyName("MetricDataQueries")] public IReadOnlyList<MetricDataQuery> MetricDataQueries { get; init; } = [];
    [JsonPropertyName("StartTime")] public DateTimeOffset StartTime { get; init; }
    [JsonPropertyName("EndTime")] public DateTimeOffset EndTime { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
    /// <summary>TimestampDescending (CloudWatch's default), TimestampAscending.</summary>
    [JsonPropertyName("ScanBy")] public string? ScanBy { get; init; }
    [JsonPropertyName("MaxDatapoints")] public int? MaxDatapoints { get; init; }
    [JsonPropertyName("LabelOptions")] public LabelOptions? LabelOptions { get; init; }
}

/// <summary>CloudWatch model shape <c>LabelOptions</c>.</summary>
public sealed record LabelOptions
{
    /// <summary>An offset such as +0130 or -0500 for the dynamic labels of the answer.</summary>
    [JsonPropertyName("Timezone")] public string? Timezone { get; init; }
}

/// <summary>CloudWatch model shape <c>GetMetricDataOutput</c>.</summary>
public sealed record GetMetricDataResponse
{
    [JsonPropertyName("MetricDataResults")] public IReadOnlyList<MetricDataResult>? MetricDataResults { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("Messages")] public IReadOnlyList<MessageData>? Messages { get; init; }
}

/// <summary>CloudWatch model shape <c>MetricDataResult</c>: one query's points, <c>Timestamps[i]</c> paired with <c>Values[i]</c>.</summary>
public sealed record MetricDataResult
{
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("Label")] public string? Label { get; init; }
    [JsonPropertyName("Timestamps")] public IReadOnlyList<DateTimeOffset>? Timestamps { get; init; }
    [JsonPropertyName("Values")] public IReadOnlyList<double>? Values { get; init; }
    /// <summary>Complete, InternalError, PartialData, Forbidden.</summary>
    [JsonPropertyName("StatusCode")] public string? StatusCode { get; init; }
    [JsonPropertyName("Messages")] public IReadOnlyList<MessageData>? Messages { get; init; }
}

/// <summary>CloudWatch model shape <c>MessageData</c>.</summary>
public sealed record MessageData
{
    [JsonPropertyName("Code")] public string? Code { get; init; }
    [JsonPropertyName("Value")] public string? Value { get; init; }
}
