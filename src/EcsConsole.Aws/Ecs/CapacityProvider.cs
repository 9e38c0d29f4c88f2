using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>CapacityProvider</c>: FARGATE, FARGATE_SPOT (built in) or an EC2 Auto Scaling group provider.</summary>
public sealed record CapacityProvider
{
    [JsonPropertyName("capacityProviderArn")] public string? CapacityProviderArn { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    /// <summary>ACTIVE, INACTIVE (deleted), PROVISIONING, DEPROVISIONING.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("autoScalingGroupProvider")] public AutoScalingGroupProvider? AutoScalingGroupProvider { get; init; }
    [JsonPropertyName("updateStatus")] public string? UpdateStatus { get; init; }
    [JsonPropertyName("updateStatusReason")] public string? UpdateStatusReason { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
    /// <summary>EC2_AUTOSCALING, MANAGED_INSTANCES, FARGATE, FARGATE_SPOT.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
}

/// <summary>ECS model shape <c>AutoScalingGroupProvider</c>.</summary>
public sealed record AutoScalingGroupProvider
{
    [JsonPropertyName("autoScalingGroupArn")] public string AutoScalingGroupArn { get; init; } = "";
    [JsonPropertyName("managedScaling")] public ManagedScaling? ManagedScaling { get; init; }
    /// <summary>ENABLED needs the group's instances protected from scale-in.</summary>
    [JsonPropertyName("managedTerminationProtection")] public string? ManagedTerminationProtection { get; init; }
    [JsonPropertyName("managedDraining")] public string? ManagedDraining { get; init; }
}

/// <summary>ECS model shape <c>ManagedScaling</c>: ECS scales the group to keep its capacity at <c>targetCapacity</c> percent used.</summary>
public sealed record ManagedScaling
{
    /// <summary>ENABLED or DISABLED.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    /// <summary>1-100.</summary>
    [JsonPropertyName("targetCapacity")] public int? TargetCapacity { get; init; }
    /// <summary>1-10000.</summary>
    [JsonPropertyName("minimumScalingStepSize")] public int? MinimumScalingStepSize { get; init; }
    /// <summary>1-10000.</summary>
    [JsonPropertyName("maximumScalingStepSize")] public int? MaximumScalingStepSize { get; init; }
    [JsonPropertyName("instanceWarmupPeriod")] public int? InstanceWarmupPeriod { get; init; }
}
