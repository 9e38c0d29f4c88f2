using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>CreateService</c>: every member of the model's request.</summary>
public sealed record CreateServiceRequest
{
    [JsonPropertyName("cluster")] public string? Cluster { get; init; }
    [JsonPropertyName("serviceName")] public string ServiceName { get; init; } = "";
    [JsonPropertyName("taskDefinition")] public string? TaskDefinition { get; init; }
    /// <summary>ENABLED, DISABLED.</summary>
    [JsonPropertyName("availabilityZoneRebalancing")] public string? AvailabilityZoneRebalancing { get; init; }
    [JsonPropertyName("loadBalancers")] public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }
    [JsonPropertyName("serviceRegistries")] public IReadOnlyList<ServiceRegistry>? ServiceRegistries { get; init; }
    [JsonPropertyName("desiredCount")] public int? DesiredCount { get; init; }
    /// <summary>Up to 36 ASCII characters; the same token with the same request returns the service created first.</summary>
    [JsonPropertyName("clientToken")] public string? ClientToken { get; init; }
    /// <summary>EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES; never together with <see cref="CapacityProviderStrategy"/>.</summary>
    [JsonPropertyName("launchType")] public string? LaunchType { get; init; }
    [JsonPropertyName("capacityProviderStrategy")] public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }
    [JsonPropertyName("platformVersion")] public string? PlatformVersion { get; init; }
    /// <summary>Legacy service role for classic load balancers; services on awsvpc use the service-linked role instead.</summary>
    [JsonPropertyName("role")] public string? Role { get; init; }
    [JsonPropertyName("deploymentConfiguration")] public DeploymentConfiguration? DeploymentConfiguration { get; init; }
    [JsonPropertyName("placementConstraints")] public IReadOnlyList<PlacementConstraint>? PlacementConstraints { get; init; }
    [JsonPropertyName("placementStrategy")] public IReadOnlyList<PlacementStrategy>? PlacementStrategy { get; init; }
    [JsonPropertyName("networkConfiguration")] public NetworkConfiguration? NetworkConfiguration { get; init; }
    [JsonPropertyName("healthCheckGracePeriodSeconds")] public int? HealthCheckGracePeriodSeconds { get; init; }
    /// <summary>REPLICA, DAEMON.</summary>
    [JsonPropertyName("schedulingStrategy")] public string? SchedulingStrategy { get; init; }
    [JsonPropertyName("deploymentController")] public DeploymentController? DeploymentController { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
    [JsonPropertyName("enableECSManagedTags")] public bool? EnableEcsManagedTags { get; init; }
    /// <summary>TASK_DEFINITION, SERVICE, NONE.</summary>
    [JsonPropertyName("propagateTags")] public string? PropagateTags { get; init; }
    [JsonPropertyName("enableExecuteCommand")] public bool? EnableExecuteCommand { get; init; }
    [JsonPropertyName("serviceConnectConfiguration")] public ServiceConnectConfiguration? ServiceConnectConfiguration { get; init; }
    [JsonPropertyName("volumeConfigurations")] public IReadOnlyList<ServiceVolumeConfiguration>? VolumeConfigurations { get; init; }
    [JsonPropertyName("vpcLatticeConfigurations")] public IReadOnlyList<VpcLatticeConfiguration>? VpcLatticeConfigurations { get; init; }
    [JsonPropertyName("monitoring")] public MonitoringConfiguration? Monitoring { get; init; }
}

/// <summary>Output of ECS <c>CreateService</c>.</summary>
public sealed record CreateServiceResponse
{
    [JsonPropertyName("service")] public Service? Service { get; init; }
}

/// <summary>Input of ECS <c>DeleteService</c>.</summary>
public sealed record DeleteServiceRequest
{
    [JsonPropertyName("cluster")] public string? Cluster { get; init; }
    [JsonPropertyName("service")] public string Service { get; init; } = "";
    /// <summary>Deletes a service that still has a desired count above zero (ECS scales it to zero first).</summary>
    [JsonPropertyName("force")] public bool? Force { get; init; }
}

/// <summary>Output of ECS <c>DeleteService</c>: the service as it drains.</summary>
public sealed record DeleteServiceResponse
{
    [JsonPropertyName("service")] public Service? Service { get; init; }
}
