using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>UpdateService</c>.</summary>
public sealed record UpdateServiceRequest
{
    [JsonPropertyName("cluster")] public string? Cluster { get; init; }
    [JsonPropertyName("service")] public string Service { get; init; } = "";
    [JsonPropertyName("desiredCount")] public int? DesiredCount { get; init; }
    [JsonPropertyName("taskDefinition")] public string? TaskDefinition { get; init; }
    [JsonPropertyName("capacityProviderStrategy")] public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }
    [JsonPropertyName("deploymentConfiguration")] public DeploymentConfiguration? DeploymentConfiguration { get; init; }
    /// <summary>ENABLED, DISABLED.</summary>
    [JsonPropertyName("availabilityZoneRebalancing")] public string? AvailabilityZoneRebalancing { get; init; }
    [JsonPropertyName("networkConfiguration")] public NetworkConfiguration? NetworkConfiguration { get; init; }
    [JsonPropertyName("placementConstraints")] public IReadOnlyList<PlacementConstraint>? PlacementConstraints { get; init; }
    [JsonPropertyName("placementStrategy")] public IReadOnlyList<PlacementStrategy>? PlacementStrategy { get; init; }
    [JsonPropertyName("platformVersion")] public string? PlatformVersion { get; init; }
    [JsonPropertyName("forceNewDeployment")] public bool? ForceNewDeployment { get; init; }
    [JsonPropertyName("healthCheckGracePeriodSeconds")] public int? HealthCheckGracePeriodSeconds { get; init; }
    [JsonPropertyName("deploymentController")] public DeploymentController? DeploymentController { get; init; }
    [JsonPropertyName("enableExecuteCommand")] public bool? EnableExecuteCommand { get; init; }
    [JsonPropertyName("enableECSManagedTags")] public bool? EnableEcsManagedTags { get; init; }
    [JsonPropertyName("loadBalancers")] public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }
    /// <summary>TASK_DEFINITION, SERVICE, NONE.</summary>
    [JsonPropertyName("propagateTags")] public string? PropagateTags { get; init; }
    [JsonPropertyName("serviceRegistries")] public IReadOnlyList<ServiceRegistry>? ServiceRegistries { get; init; }
    [JsonPropertyName("serviceConnectConfiguration")] public ServiceConnectConfiguration? ServiceConnectConfiguration { get; init; }
    [JsonPropertyName("volumeConfigurations")] public IReadOnlyList<ServiceVolumeConfiguration>? VolumeConfigurations { get; init; }
    [JsonPropertyName("vpcLatticeConfigurations")] public IReadOnlyList<VpcLatticeConfiguration>? VpcLatticeConfigurations { get; init; }
    [JsonPropertyName("monitoring")] public MonitoringConfiguration? Monitoring { get; init; }
}

/// <summary>ECS model shape <c>PlacementConstraint</c>.</summary>
public sealed record PlacementConstraint
{
    /// <summary>distinctInstance, memberOf.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("expression")] public string? Expression { get; init; }
}

/// <summary>ECS model shape <c>PlacementStrategy</c>.</summary>
public sealed record PlacementStrategy
{
    /// <summary>random, spread, binpack.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("field")] public string? Field { get; init; }
}

/// <summary>Output of ECS <c>UpdateService</c>.</summary>
public sealed record UpdateServiceResponse
{
    [JsonPropertyName("service")] public Service? Service { get; init; }
}
