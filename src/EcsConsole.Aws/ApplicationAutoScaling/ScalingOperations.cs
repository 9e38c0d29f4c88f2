using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ApplicationAutoScaling;

/// <summary>Input of Application Auto Scaling <c>DescribeScalableTargets</c>.</summary>
public sealed record DescribeScalableTargetsRequest
{
    /// <summary>ecs, elasticmapreduce, ec2, appstream, dynamodb, rds...</summary>
    [JsonPropertyName("ServiceNamespace")] public string ServiceNamespace { get; init; } = "";
    [JsonPropertyName("ResourceIds")] public IReadOnlyList<string>? ResourceIds { get; init; }
    /// <summary>ecs:service:DesiredCount, ec2:spot-fleet-request:TargetCapacity, elasticmapreduce:instancegroup:InstanceCount, appstream:fleet:DesiredCapacity, dynamodb:table:ReadCapacityUnits, dynamodb:table:WriteCapacityUnits...</summary>
    [JsonPropertyName("ScalableDimension")] public string? ScalableDimension { get; init; }
    [JsonPropertyName("MaxResults")] public int? MaxResults { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
}

/// <summary>Output of Application Auto Scaling <c>DescribeScalableTargets</c>.</summary>
public sealed record DescribeScalableTargetsResponse
{
    [JsonPropertyName("ScalableTargets")] public IReadOnlyList<ScalableTarget>? ScalableTargets { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>ScalableTarget</c>.</summary>
public sealed record ScalableTarget
{
    /// <summary>ecs, elasticmapreduce, ec2, appstream, dynamodb, rds...</summary>
    [JsonPropertyName("ServiceNamespace")] public string? ServiceNamespace { get; init; }
    [JsonPropertyName("ResourceId")] public string? ResourceId { get; init; }
    /// <summary>ecs:service:DesiredCount, ec2:spot-fleet-request:TargetCapacity, elasticmapreduce:instancegroup:InstanceCount, appstream:fleet:DesiredCapacity, dynamodb:table:ReadCapacityUnits, dynamodb:table:WriteCapacityUnits...</summary>
    [JsonPropertyName("ScalableDimension")] public string? ScalableDimension { get; init; }
    [JsonPropertyName("MinCapacity")] public int? MinCapacity { get; init; }
    [JsonPropertyName("MaxCapacity")] public int? MaxCapacity { get; init; }
    [JsonPropertyName("PredictedCapacity")] public int? PredictedCapacity { get; init; }
    [JsonPropertyName("RoleARN")] public string? RoleARN { get; init; }
    [JsonPropertyName("CreationTime")] public DateTimeOffset? CreationTime { get; init; }
    [JsonPropertyName("SuspendedState")] public SuspendedState? SuspendedState { get; init; }
    [JsonPropertyName("ScalableTargetARN")] public string? ScalableTargetARN { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>SuspendedState</c>.</summary>
public sealed record SuspendedState
{
    [JsonPropertyName("DynamicScalingInSuspended")] public bool? DynamicScalingInSuspended { get; init; }
    [JsonPropertyName("DynamicScalingOutSuspended")] public bool? DynamicScalingOutSuspended { get; init; }
    [JsonPropertyName("ScheduledScalingSuspended")] public bool? ScheduledScalingSuspended { get; init; }
}

/// <summary>Input of Application Auto Scaling <c>DescribeScalingPolicies</c>.</summary>
public sealed record DescribeScalingPoliciesRequest
{
    [JsonPropertyName("PolicyNames")] public IReadOnlyList<string>? PolicyNames { get; init; }
    /// <summary>ecs, elasticmapreduce, ec2, appstream, dynamodb, rds...</summary>
    [JsonPropertyName("ServiceNamespace")] public string ServiceNamespace { get; init; } = "";
    [JsonPropertyName("ResourceId")] public string? ResourceId { get; init; }
    /// <summary>ecs:service:DesiredCount, ec2:spot-fleet-request:TargetCapacity, elasticmapreduce:instancegroup:InstanceCount, appstream:fleet:DesiredCapacity, dynamodb:table:ReadCapacityUnits, dynamodb:table:WriteCapacityUnits...</summary>
    [JsonPropertyName("ScalableDimension")] public string? ScalableDimension { get; init; }
    [JsonPropertyName("MaxResults")] public int? MaxResults { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
}

/// <summary>Output of Application Auto Scaling <c>DescribeScalingPolicies</c>.</summary>
public sealed record DescribeScalingPoliciesResponse
{
    [JsonPropertyName("ScalingPolicies")] public IReadOnlyList<ScalingPolicy>? ScalingPolicies { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
}

/// <summary>Input of Application Auto Scaling <c>DescribeScalingActivities</c>.</summary>
public sealed record DescribeScalingActivitiesRequest
{
    /// <summary>ecs, elasticmapreduce, ec2, appstream, dynamodb, rds...</summary>
    [JsonPropertyName("ServiceNamespace")] public string ServiceNamespace { get; init; } = "";
    [JsonPropertyName("ResourceId")] public string? ResourceId { get; init; }
    /// <summary>ecs:service:DesiredCount, ec2:spot-fleet-request:TargetCapacity, elasticmapreduce:instancegroup:InstanceCount, appstream:fleet:DesiredCapacity, dynamodb:table:ReadCapacityUnits, dynamodb:table:WriteCapacityUnits...</summary>
    [JsonPropertyName("ScalableDimension")] public string? ScalableDimension { get; init; }
    [JsonPropertyName("MaxResults")] public int? MaxResults { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("IncludeNotScaledActivities")] public bool? IncludeNotScaledActivities { get; init; }
}

/// <summary>Output of Application Auto Scaling <c>DescribeScalingActivities</c>.</summary>
public sealed record DescribeScalingActivitiesResponse
{
    [JsonPropertyName("ScalingActivities")] public IReadOnlyList<ScalingActivity>? ScalingActivities { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>ScalingActivity</c>.</summary>
public sealed record ScalingActivity
{
    [JsonPropertyName("ActivityId")] public string? ActivityId { get; init; }
    /// <summary>ecs, elasticmapreduce, ec2, appstream, dynamodb, rds...</summary>
    [JsonPropertyName("ServiceNamespace")] public string? ServiceNamespace { get; init; }
    [JsonPropertyName("ResourceId")] public string? ResourceId { get; init; }
    /// <summary>ecs:service:DesiredCount, ec2:spot-fleet-request:TargetCapacity, elasticmapreduce:instancegroup:InstanceCount, appstream:fleet:DesiredCapacity, dynamodb:table:ReadCapacityUnits, dynamodb:table:WriteCapacityUnits...</summary>
    [JsonPropertyName("ScalableDimension")] public string? ScalableDimension { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
    [JsonPropertyName("Cause")] public string? Cause { get; init; }
    [JsonPropertyName("StartTime")] public DateTimeOffset? StartTime { get; init; }
    [JsonPropertyName("EndTime")] public DateTimeOffset? EndTime { get; init; }
    /// <summary>Pending, InProgress, Successful, Overridden, Unfulfilled, Failed.</summary>
    [JsonPropertyName("StatusCode")] public string? StatusCode { get; init; }
    [JsonPropertyName("StatusMessage")] public string? StatusMessage { get; init; }
    [JsonPropertyName("Details")] public string? Details { get; init; }
    [JsonPropertyName("NotScaledReasons")] public IReadOnlyList<NotScaledReason>? NotScaledReasons { get; init; }
}

/// <summary>Application Auto Scaling model shape <c>NotScaledReason</c>.</summary>
public sealed record NotScaledReason
{
    [JsonPropertyName("Code")] public string? Code { get; init; }
    [JsonPropertyName("MaxCapacity")] public int? MaxCapacity { get; init; }
    [JsonPropertyName("MinCapacity")] public int? MinCapacity { get; init; }
    [JsonPropertyName("CurrentCapacity")] public int? CurrentCapacity { get; init; }
}
