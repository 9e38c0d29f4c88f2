using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>ServiceCurrentRevisionSummary</c>.</summary>
public sealed record ServiceCurrentRevisionSummary
{
    [JsonPropertyName("arn")] public string? Arn { get; init; }
    [JsonPropertyName("requestedTaskCount")] public int? RequestedTaskCount { get; init; }
    [JsonPropertyName("runningTaskCount")] public int? RunningTaskCount { get; init; }
    [JsonPropertyName("pendingTaskCount")] public int? PendingTaskCount { get; init; }
}

/// <summary>ECS model shape <c>TaskSet</c>.</summary>
public sealed record TaskSet
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("taskSetArn")] public string? TaskSetArn { get; init; }
    [JsonPropertyName("serviceArn")] public string? ServiceArn { get; init; }
    [JsonPropertyName("clusterArn")] public string? ClusterArn { get; init; }
    [JsonPropertyName("startedBy")] public string? StartedBy { get; init; }
    [JsonPropertyName("externalId")] public string? ExternalId { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("taskDefinition")] public string? TaskDefinition { get; init; }
    [JsonPropertyName("computedDesiredCount")] public int? ComputedDesiredCount { get; init; }
    [JsonPropertyName("pendingCount")] public int? PendingCount { get; init; }
    [JsonPropertyName("runningCount")] public int? RunningCount { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
    /// <summary>EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES.</summary>
    [JsonPropertyName("launchType")] public string? LaunchType { get; init; }
    [JsonPropertyName("capacityProviderStrategy")] public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }
    [JsonPropertyName("platformVersion")] public string? PlatformVersion { get; init; }
    [JsonPropertyName("platformFamily")] public string? PlatformFamily { get; init; }
    [JsonPropertyName("networkConfiguration")] public NetworkConfiguration? NetworkConfiguration { get; init; }
    [JsonPropertyName("loadBalancers")] public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }
    [JsonPropertyName("serviceRegistries")] public IReadOnlyList<ServiceRegistry>? ServiceRegistries { get; init; }
    [JsonPropertyName("scale")] public Scale? Scale { get; init; }
    /// <summary>STEADY_STATE, STABILIZING.</summary>
    [JsonPropertyName("stabilityStatus")] public string? StabilityStatus { get; init; }
    [JsonPropertyName("stabilityStatusAt")] public DateTimeOffset? StabilityStatusAt { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
    [JsonPropertyName("fargateEphemeralStorage")] public DeploymentEphemeralStorage? FargateEphemeralStorage { get; init; }
}

/// <summary>ECS model shape <c>Scale</c>.</summary>
public sealed record Scale
{
    [JsonPropertyName("value")] public double? Value { get; init; }
    /// <summary>PERCENT.</summary>
    [JsonPropertyName("unit")] public string? Unit { get; init; }
}
