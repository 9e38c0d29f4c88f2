using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>Service</c>.</summary>
public sealed record Service
{
    [JsonPropertyName("serviceArn")] public string? ServiceArn { get; init; }
    [JsonPropertyName("serviceName")] public string? ServiceName { get; init; }
    [JsonPropertyName("clusterArn")] public string? ClusterArn { get; init; }
    [JsonPropertyName("loadBalancers")] public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }
    [JsonPropertyName("serviceRegistries")] public IReadOnlyList<ServiceRegistry>? ServiceRegistries { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("desiredCount")] public int? DesiredCount { get; init; }
    [JsonPropertyName("runningCount")] public int? RunningCount { get; init; }
    [JsonPropertyName("pendingCount")] public int? PendingCount { get; init; }
    [JsonPropertyName("launchType")] public string? LaunchType { get; init; }
    [JsonPropertyName("capacityProviderStrategy")] public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }
    [JsonPropertyName("platformVersion")] public string? PlatformVersion { get; init; }
    [JsonPropertyName("platformFamily")] public string? PlatformFamily { get; init; }
    [JsonPropertyName("taskDefinition")] public string? TaskDefinition { get; init; }
    [JsonPropertyName("deploymentConfiguration")] public DeploymentConfiguration? DeploymentConfiguration { get; init; }
    [JsonPropertyName("deployments")] public IReadOnlyList<Deployment>? Deployments { get; init; }
    [JsonPropertyName("roleArn")] public string? RoleArn { get; init; }
    [JsonPropertyName("events")] public IReadOnlyList<ServiceEvent>? Events { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("networkConfiguration")] public NetworkConfiguration? NetworkConfiguration { get; init; }
    [JsonPropertyName("healthCheckGracePeriodSeconds")] public int? HealthCheckGracePeriodSeconds { get; init; }
    [JsonPropertyName("schedulingStrategy")] public string? SchedulingStrategy { get; init; }
    [JsonPropertyName("deploymentController")] public DeploymentController? DeploymentController { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; init; }
    [JsonPropertyName("enableECSManagedTags")] public bool? EnableEcsManagedTags { get; init; }
    [JsonPropertyName("propagateTags")] public string? PropagateTags { get; init; }
    [JsonPropertyName("enableExecuteCommand")] public bool? EnableExecuteCommand { get; init; }
    [JsonPropertyName("taskSets")] public IReadOnlyList<TaskSet>? TaskSets { get; init; }
    [JsonPropertyName("currentServiceDeployment")] public string? CurrentServiceDeployment { get; init; }
    [JsonPropertyName("currentServiceRevisions")] public IReadOnlyList<ServiceCurrentRevisionSummary>? CurrentServiceRevisions { get; init; }
    [JsonPropertyName("placementConstraints")] public IReadOnlyList<PlacementConstraint>? PlacementConstraints { get; init; }
    [JsonPropertyName("placementStrategy")] public IReadOnlyList<PlacementStrategy>? PlacementStrategy { get; init; }
    [JsonPropertyName("availabilityZoneRebalancing")] public string? AvailabilityZoneRebalancing { get; init; }
    [JsonPropertyName("resourceManagementType")] public string? ResourceManagementType { get; init; }
}

/// <summary>ECS model shape <c>ServiceEvent</c>.</summary>
public sealed record ServiceEvent
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }
}

/// <summary>ECS model shape <c>LoadBalancer</c>.</summary>
public sealed record LoadBalancer
{
    [JsonPropertyName("targetGroupArn")] public string? TargetGroupArn { get; init; }
    [JsonPropertyName("loadBalancerName")] public string? LoadBalancerName { get; init; }
    [JsonPropertyName("containerName")] public string? ContainerName { get; init; }
    [JsonPropertyName("containerPort")] public int? ContainerPort { get; init; }
    /// <summary>Blue/green, linear and canary deployments: the alternate target group and the listener rules ECS shifts.</summary>
    [JsonPropertyName("advancedConfiguration")] public AdvancedConfiguration? AdvancedConfiguration { get; init; }
}

/// <summary>ECS model shape <c>ServiceRegistry</c> (Cloud Map).</summary>
public sealed record ServiceRegistry
{
    [JsonPropertyName("registryArn")] public string? RegistryArn { get; init; }
    [JsonPropertyName("port")] public int? Port { get; init; }
    [JsonPropertyName("containerName")] public string? ContainerName { get; init; }
    [JsonPropertyName("containerPort")] public int? ContainerPort { get; init; }
}

/// <summary>ECS model shape <c>DeploymentController</c>; type is ECS, CODE_DEPLOY or EXTERNAL.</summary>
public sealed record DeploymentController
{
    [JsonPropertyName("type")] public string Type { get; init; } = "";
}

/// <summary>ECS model shape <c>NetworkConfiguration</c>.</summary>
public sealed record NetworkConfiguration
{
    [JsonPropertyName("awsvpcConfiguration")] public AwsVpcConfiguration? AwsvpcConfiguration { get; init; }
}

/// <summary>ECS model shape <c>AwsVpcConfiguration</c>.</summary>
public sealed record AwsVpcConfiguration
{
    [JsonPropertyName("subnets")] public IReadOnlyList<string> Subnets { get; init; } = [];
    [JsonPropertyName("securityGroups")] public IReadOnlyList<string>? SecurityGroups { get; init; }
    [JsonPropertyName("assignPublicIp")] public string? AssignPublicIp { get; init; }
}
