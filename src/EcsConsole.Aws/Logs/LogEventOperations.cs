using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Logs;

/// <summary>Input of CloudWatch Logs <c>GetLogEvents</c>.</summary>
public sealed record GetLogEventsRequest
{
    [JsonPropertyName("logGroupName")] public string? LogGroupName { get; init; }
    [JsonPropertyName("logGroupIdentifier")] public string? LogGroupIdentifier { get; init; }
    [JsonPropertyName("logStreamName")] public string LogStreamName { get; init; } = "";
    [JsonPropertyName("startTime")] public long? StartTime { get; init; }
    [JsonPropertyName("endTime")] public long? EndTime { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("limit")] public int? Limit { get; init; }
    [JsonPropertyName("startFromHead")] public bool? StartFromHead { get; init; }
    [JsonPropertyName("unmask")] public bool? Unmask { get; init; }
}

/// <summary>Output of CloudWatch Logs <c>GetLogEvents</c>.</summary>
public sealed record GetLogEventsResponse
{
    [JsonPropertyName("events")] public IReadOnlyList<OutputLogEvent>? Events { get; init; }
    [JsonPropertyName("nextForwardToken")] public string? NextForwardToken { get; init; }
    [JsonPropertyName("nextBackwardToken")] public string? NextBackwardToken { get; init; }
}

/// <summary>CloudWatch Logs model shape <c>OutputLogEvent</c>. Times are epoch milliseconds, as Logs sends them.</summary>
public sealed record OutputLogEvent
{
    [JsonPropertyName("timestamp")] public long? Timestamp { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }
    [JsonPropertyName("ingestionTime")] public long? IngestionTime { get; init; }
}

/// <summary>Input of CloudWatch Logs <c>FilterLogEvents</c>.</summary>
public sealed record FilterLogEventsRequest
{
    [JsonPropertyName("logGroupName")] public string? LogGroupName { get; init; }
    [JsonPropertyName("logGroupIdentifier")] public string? LogGroupIdentifier { get; init; }
    [JsonPropertyName("logStreamNames")] public IReadOnlyList<string>? LogStreamNames { get; init; }
    [JsonPropertyName("logStreamNamePrefix")] public string? LogStreamNamePrefix { get; init; }
    [JsonPropertyName("startTime")] public long? StartTime { get; init; }
    [JsonPropertyName("endTime")] public long? EndTime { get; init; }
    [JsonPropertyName("filterPattern")] public string? FilterPattern { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("limit")] public int? Limit { get; init; }
    [JsonPropertyName("startFromHead")] public bool? StartFromHead { get; init; }
    [JsonPropertyName("interleaved")] public bool? Interleaved { get; init; }
    [JsonPropertyName("unmask")] public bool? Unmask { get; init; }
}

/// <summary>Output of CloudWatch Logs <c>FilterLogEvents</c>.</summary>
public sealed record FilterLogEventsResponse
{
    [JsonPropertyName("events")] public IReadOnlyList<FilteredLogEvent>? Events { get; init; }
    [JsonPropertyName("searchedLogStreams")] public IReadOnlyList<SearchedLogStream>? SearchedLogStreams { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>CloudWatch Logs model shape <c>FilteredLogEvent</c>.</summary>
public sealed record FilteredLogEvent
{
    [JsonPropertyName("logStreamName")] public string? LogStreamName { get; init; }
    [JsonPropertyName("timestamp")] public long? Timestamp { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }
    [JsonPropertyName("ingestionTime")] public long? IngestionTime { get; init; }
    [JsonPropertyName("eventId")] public string? EventId { get; init; }
}

/// <summary>CloudWatch Logs model shape <c>SearchedLogStream</c>.</summary>
public sealed record SearchedLogStream
{
    [JsonPropertyName("logStreamName")] public string? LogStreamName { get; init; }
    [JsonPropertyName("searchedCompletely")] public bool? SearchedCompletely { get; init; }
}
