using System.Text.Json.Serialization;

namespace EcsConsole.Aws.ApplicationAutoScaling;

/// <summary>Input of Application Auto Scaling <c>RegisterScalableTarget</c> (also updates an existing target's min/max).</summary>
public sealed record RegisterScalableTargetRequest
{
    /// <summary>ecs for ECS services.</summary>
    [JsonPropertyName("ServiceNamespace")] public string ServiceNamespace { get; init; } = "";
    /// <summary>service/{cluster}/{service} for ECS services.</summary>
    [JsonPropertyName("ResourceId")] public string ResourceId { get; init; } = "";
    /// <summary>ecs:service:DesiredCount for ECS services.</summary>
    [JsonPropertyName("ScalableDimension")] public string ScalableDimension { get; init; } = "";
    [JsonPropertyName("MinCapacity")] public int? MinCapacity { get; init; }
    [JsonPropertyName("MaxCapacity")] public int? MaxCapacity { get; init; }
    [JsonPropertyName("RoleARN")] public string? RoleARN { get; init; }
    [JsonPropertyName("SuspendedState")] public SuspendedState? SuspendedState { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

/// <summary>Output of Application Auto Scaling <c>RegisterScalableTarget</c>.</summary>
public sealed record RegisterScalableTargetResponse
{
    [JsonPropertyName("ScalableTargetARN")] public string? ScalableTargetARN { get; init; }
}

/// <summary>Input of Application Auto Scaling <c>DeregisterScalableTarget</c> (its scaling policies go with it).</summary>
public sealed record DeregisterScalableTargetRequest
{
    [JsonPropertyName("ServiceNamespace")] public string ServiceNamespace { get; init; } = "";
    [JsonPropertyName("ResourceId")] public string ResourceId { get; init; } = "";
    [JsonPropertyName("ScalableDimension")] public string ScalableDimension { get; init; } = "";
}

/// <summary>Output of Application Auto Scaling <c>DeregisterScalableTarget</c> (the model declares no members).</summary>
public sealed record DeregisterScalableTargetResponse;

/// <summary>Input of Application Auto Scaling <c>PutScalingPolicy</c> (creates or replaces the policy of that name).</summary>
public sealed record PutScalingPolicyRequest
{
    [JsonPropertyName("PolicyName")] public string PolicyName { get; init; } = "";
    [JsonPropertyName("ServiceNamespace")] public string ServiceNamespace { get; init; } = "";
    [JsonPropertyName("ResourceId")] public string ResourceId { get; init; } = "";
    [JsonPropertyName("ScalableDimension")] public string ScalableDimension { get; init; } = "";
    /// <summary>StepScaling, TargetTrackingScaling, PredictiveScaling.</summary>
    [JsonPropertyName("PolicyType")] public string? PolicyType { get; init; }
    [JsonPropertyName("StepScalingPolicyConfiguration")] public StepScalingPolicyConfiguration? StepScalingPolicyConfiguration { get; init; }
    [JsonPropertyName("TargetTrackingScalingPolicyConfiguration")] public TargetTrackingScalingPolicyConfiguration? TargetTrackingScalingPolicyConfiguration { get; init; }
}

/// <summary>Output of Application Auto Scaling <c>PutScalingPolicy</c>.</summary>
public sealed record PutScalingPolicyResponse
{
    [JsonPropertyName("PolicyARN")] public string? PolicyARN { get; init; }
    /// <summary>The CloudWatch alarms a target tracking policy created (AlarmHigh and AlarmLow).</summary>
    [JsonPropertyName("Alarms")] public IReadOnlyList<Alarm>? Alarms { get; init; }
}

/// <summary>Input of Application Auto Scaling <c>DeleteScalingPolicy</c>.</summary>
public sealed record DeleteScalingPolicyRequest
{
    [JsonPropertyName("PolicyName")] public string PolicyName { get; init; } = "";
    [JsonPropertyName("ServiceNamespace")] public string ServiceNamespace { get; init; } = "";
    [JsonPropertyName("ResourceId")] public string ResourceId { get; init; } = "";
    [JsonPropertyName("ScalableDimension")] public string ScalableDimension { get; init; } = "";
}

/// <summary>Output of Application Auto Scaling <c>DeleteScalingPolicy</c> (the model declares no members).</summary>
public sealed record DeleteScalingPolicyResponse;

/// <summary>Input of Application Auto Scaling <c>ListTagsForResource</c>: a scalable target's ARN.</summary>
public sealed record ListTagsForResourceRequest
{
    [JsonPropertyName("ResourceARN")] public string ResourceARN { get; init; } = "";
}

/// <summary>Output of Application Auto Scaling <c>ListTagsForResource</c>.</summary>
public sealed record ListTagsForResourceResponse
{
    [JsonPropertyName("Tags")] public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
