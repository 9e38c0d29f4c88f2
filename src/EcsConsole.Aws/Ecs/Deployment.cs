using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>Deployment</c>: one rollout of a service (PRIMARY, ACTIVE or INACTIVE).</summary>
public sealed record Deployment
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("taskDefinition")] public string? TaskDefinition { get; init; }
    [JsonPropertyName("desiredCount")] public int? DesiredCount { get; init; }
    [JsonPropertyName("pendingCount")] public int? PendingCount { get; init; }
    [JsonPropertyName("runningCount")] public int? RunningCount { get; init; }
    [JsonPropertyName("failedTasks")] public int? FailedTasks { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("capacityProviderStrategy")] public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }
    [JsonPropertyName("launchType")] public string? LaunchType { get; init; }
    [JsonPropertyName("platformVersion")] public string? PlatformVersion { get; init; }
    [JsonPropertyName("platformFamily")] public string? PlatformFamily { get; init; }
    [JsonPropertyName("networkConfiguration")] public NetworkConfiguration? NetworkConfiguration { get; init; }
    [JsonPropertyName("rolloutState")] public string? RolloutState { get; init; }
    [JsonPropertyName("rolloutStateReason")] public string? RolloutStateReason { get; init; }
    [JsonPropertyName("serviceConnectConfiguration")] public ServiceConnectConfiguration? ServiceConnectConfiguration { get; init; }
    [JsonPropertyName("serviceConnectResources")] public IReadOnlyList<ServiceConnectServiceResource>? ServiceConnectResources { get; init; }
    [JsonPropertyName("volumeConfigurations")] public IReadOnlyList<ServiceVolumeConfiguration>? VolumeConfigurations { get; init; }
    [JsonPropertyName("fargateEphemeralStorage")] public DeploymentEphemeralStorage? FargateEphemeralStorage { get; init; }
    [JsonPropertyName("vpcLatticeConfigurations")] public IReadOnlyList<VpcLatticeConfiguration>? VpcLatticeConfigurations { get; init; }
}

/// <summary>ECS model shape <c>DeploymentConfiguration</c>.</summary>
public sealed record DeploymentConfiguration
{
    [JsonPropertyName("deploymentCircuitBreaker")] public DeploymentCircuitBreaker? DeploymentCircuitBreaker { get; init; }
    [JsonPropertyName("maximumPercent")] public int? MaximumPercent { get; init; }
    [JsonPropertyName("minimumHealthyPercent")] public int? MinimumHealthyPercent { get; init; }
    [JsonPropertyName("alarms")] public DeploymentAlarms? Alarms { get; init; }
    /// <summary>ROLLING, BLUE_GREEN, LINEAR or CANARY.</summary>
    [JsonPropertyName("strategy")] public string? Strategy { get; init; }
    [JsonPropertyName("bakeTimeInMinutes")] public int? BakeTimeInMinutes { get; init; }
    [JsonPropertyName("lifecycleHooks")] public IReadOnlyList<DeploymentLifecycleHook>? LifecycleHooks { get; init; }
    /// <summary>Used when <see cref="Strategy"/> is LINEAR.</summary>
    [JsonPropertyName("linearConfiguration")] public LinearConfiguration? LinearConfiguration { get; init; }
    /// <summary>Used when <see cref="Strategy"/> is CANARY.</summary>
    [JsonPropertyName("canaryConfiguration")] public CanaryConfiguration? CanaryConfiguration { get; init; }
}

/// <summary>ECS model shape <c>DeploymentCircuitBreaker</c>.</summary>
public sealed record DeploymentCircuitBreaker
{
    [JsonPropertyName("enable")] public bool Enable { get; init; }
    [JsonPropertyName("rollback")] public bool Rollback { get; init; }
    [JsonPropertyName("resetOnHealthyTask")] public bool? ResetOnHealthyTask { get; init; }
    [JsonPropertyName("thresholdConfiguration")] public ThresholdConfiguration? ThresholdConfiguration { get; init; }
}

/// <summary>ECS model shape <c>DeploymentAlarms</c>.</summary>
public sealed record DeploymentAlarms
{
    [JsonPropertyName("alarmNames")] public IReadOnlyList<string> AlarmNames { get; init; } = [];
    [JsonPropertyName("rollback")] public bool Rollback { get; init; }
    [JsonPropertyName("enable")] public bool Enable { get; init; }
}
