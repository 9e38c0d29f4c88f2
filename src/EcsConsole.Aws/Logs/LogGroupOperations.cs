using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Logs;

/// <summary>Input of CloudWatch Logs <c>DescribeLogGroups</c>.</summary>
public sealed record DescribeLogGroupsRequest
{
    [JsonPropertyName("accountIdentifiers")] public IReadOnlyList<string>? AccountIdentifiers { get; init; }
    [JsonPropertyName("logGroupNamePrefix")] public string? LogGroupNamePrefix { get; init; }
    [JsonPropertyName("logGroupNamePattern")] public string? LogGroupNamePattern { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("limit")] public int? Limit { get; init; }
    [JsonPropertyName("includeLinkedAccounts")] public bool? IncludeLinkedAccounts { get; init; }
    /// <summary>STANDARD, INFREQUENT_ACCESS, DELIVERY.</summary>
    [JsonPropertyName("logGroupClass")] public string? LogGroupClass { get; init; }
    [JsonPropertyName("logGroupIdentifiers")] public IReadOnlyList<string>? LogGroupIdentifiers { get; init; }
}

/// <summary>Output of CloudWatch Logs <c>DescribeLogGroups</c>.</summary>
public sealed record DescribeLogGroupsResponse
{
    [JsonPropertyName("logGroups")] public IReadOnlyList<LogGroup>? LogGroups { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>CloudWatch Logs model shape <c>LogGroup</c>.</summary>
public sealed record LogGroup
{
    [JsonPropertyName("logGroupName")] public string? LogGroupName { get; init; }
    [JsonPropertyName("creationTime")] public long? CreationTime { get; init; }
    [JsonPropertyName("retentionInDays")] public int? RetentionInDays { get; init; }
    [JsonPropertyName("metricFilterCount")] public int? MetricFilterCount { get; init; }
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    [JsonPropertyName("storedBytes")] public long? StoredBytes { get; init; }
    [JsonPropertyName("kmsKeyId")] public string? KmsKeyId { get; init; }
    /// <summary>ACTIVATED, DELETED, ARCHIVED, DISABLED.</summary>
    [JsonPropertyName("dataProtectionStatus")] public string? DataProtectionStatus { get; init; }
    [JsonPropertyName("inheritedProperties")] public IReadOnlyList<string>? InheritedProperties { get; init; }
    /// <summary>STANDARD, INFREQUENT_ACCESS, DELIVERY.</summary>
    [JsonPropertyName("logGroupClass")] public string? LogGroupClass { get; init; }
    [JsonPropertyName("logGroupArn")] public string? LogGroupArn { get; init; }
    [JsonPropertyName("deletionProtectionEnabled")] public bool? DeletionProtectionEnabled { get; init; }
    [JsonPropertyName("bearerTokenAuthenticationEnabled")] public bool? BearerTokenAuthenticationEnabled { get; init; }
}

/// <summary>Input of CloudWatch Logs <c>DescribeLogStreams</c>.</summary>
public sealed record DescribeLogStreamsRequest
{
    [JsonPropertyName("logGroupName")] public string? LogGroupName { get; init; }
    [JsonPropertyName("logGroupIdentifier")] public string? LogGroupIdentifier { get; init; }
    [JsonPropertyName("logStreamNamePrefix")] public string? LogStreamNamePrefix { get; init; }
    /// <summary>LogStreamName, LastEventTime.</summary>
    [JsonPropertyName("orderBy")] public string? OrderBy { get; init; }
    [JsonPropertyName("descending")] public bool? Descending { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("limit")] public int? Limit { get; init; }
}

/// <summary>Output of CloudWatch Logs <c>DescribeLogStreams</c>.</summary>
public sealed record DescribeLogStreamsResponse
{
    [JsonPropertyName("logStreams")] public IReadOnlyList<LogStream>? LogStreams { get; init; }
    [JsonPropertyName("nextToken")] public string? NextToken { get; init; }
}

/// <summary>CloudWatch Logs model shape <c>LogStream</c>.</summary>
public sealed record LogStream
{
    [JsonPropertyName("logStreamName")] public string? LogStreamName { get; init; }
    [JsonPropertyName("creationTime")] public long? CreationTime { get; init; }
    [JsonPropertyName("firstEventTimestamp")] public long? FirstEventTimestamp { get; init; }
    [JsonPropertyName("lastEventTimestamp")] public long? LastEventTimestamp { get; init; }
    [JsonPropertyName("lastIngestionTime")] public long? LastIngestionTime { get; init; }
    [JsonPropertyName("uploadSequenceToken")] public string? UploadSequenceToken { get; init; }
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    [JsonPropertyName("storedBytes")] public long? StoredBytes { get; init; }
}

/// <summary>Input of CloudWatch Logs <c>CreateLogGroup</c>.</summary>
public sealed record CreateLogGroupRequest
{
    [JsonPropertyName("logGroupName")] public string LogGroupName { get; init; } = "";
    [JsonPropertyName("kmsKeyId")] public string? KmsKeyId { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyDictionary<string, string>? Tags { get; init; }
    /// <summary>STANDARD, INFREQUENT_ACCESS, DELIVERY.</summary>
    [JsonPropertyName("logGroupClass")] public string? LogGroupClass { get; init; }
    [JsonPropertyName("deletionProtectionEnabled")] public bool? DeletionProtectionEnabled { get; init; }
}

/// <summary>Input of CloudWatch Logs <c>DeleteLogGroup</c>.</summary>
public sealed record DeleteLogGroupRequest
{
    [JsonPropertyName("logGroupName")] public string LogGroupName { get; init; } = "";
}

/// <summary>Input of CloudWatch Logs <c>PutRetentionPolicy</c>.</summary>
public sealed record PutRetentionPolicyRequest
{
    [JsonPropertyName("logGroupName")] public string LogGroupName { get; init; } = "";
    [JsonPropertyName("retentionInDays")] public int RetentionInDays { get; init; }
}

/// <summary>Input of CloudWatch Logs <c>ListTagsForResource</c>: a log group's ARN without the trailing <c>:*</c>.</summary>
public sealed record ListTagsForResourceRequest
{
    [JsonPropertyName("resourceArn")] public string ResourceArn { get; init; } = "";
}

/// <summary>Output of CloudWatch Logs <c>ListTagsForResource</c>.</summary>
public sealed record ListTagsForResourceResponse
{
    [JsonPropertyName("tags")] public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
