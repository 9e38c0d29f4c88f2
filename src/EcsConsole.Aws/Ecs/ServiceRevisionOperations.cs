using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>DescribeServiceRevisions</c>.</summary>
public sealed record DescribeServiceRevisionsRequest
{
    [JsonPropertyName("serviceRevisionArns")] public IReadOnlyList<string> ServiceRevisionArns { get; init; } = [];
}

/// <summary>Output of ECS <c>DescribeServiceRevisions</c>.</summary>
public sealed record DescribeServiceRevisionsResponse
{
    [JsonPropertyName("serviceRevisions")] public IReadOnlyList<ServiceRevision>? ServiceRevisions { get; init; }
    [JsonPropertyName("failures")] public IReadOnlyList<Failure>? Failures { get; init; }
}

/// <summary>ECS model shape <c>ServiceRevision</c>.</summary>
public sealed record ServiceRevision
{
    [JsonPropertyName("serviceRevisionArn")] public string? ServiceRevisionArn { get; init; }
    [JsonPropertyName("serviceArn")] public string? ServiceArn { get; init; }
    [JsonPropertyName("clusterArn")] public string? ClusterArn { get; init; }
    [JsonPropertyName("taskDefinition")] public string? TaskDefinition { get; init; }
    [JsonPropertyName("capacityProviderStrategy")] public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }
    /// <summary>EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES.</summary>
    [JsonPropertyName("launchType")] public string? LaunchType { get; init; }
    [JsonPropertyName("platformVersion")] public string? PlatformVersion { get; init; }
    [JsonPropertyName("platformFamily")] public string? PlatformFamily { get; init; }
    [JsonPropertyName("loadBalancers")] public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }
    [JsonPropertyName("serviceRegistries")] public IReadOnlyList<ServiceRegistry>? ServiceRegistries { get; init; }
    [JsonPropertyName("networkConfiguration")] public NetworkConfiguration? NetworkConfiguration { get; init; }
    [JsonPropertyName("containerImages")] public IReadOnlyList<ContainerImage>? ContainerImages { get; init; }
    [JsonPropertyName("guardDutyEnabled")] public bool? GuardDutyEnabled { get; init; }
    [JsonPropertyName("serviceConnectConfiguration")] public ServiceConnectConfiguration? ServiceConnectConfiguration { get; init; }
    [JsonPropertyName("volumeConfigurations")] public IReadOnlyList<ServiceVolumeConfiguration>? VolumeConfigurations { get; init; }
    [JsonPropertyName("fargateEphemeralStorage")] public DeploymentEphemeralStorage? FargateEphemeralStorage { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("vpcLatticeConfigurations")] public IReadOnlyList<VpcLatticeConfiguration>? VpcLatticeConfigurations { get; init; }
    [JsonPropertyName("resolvedConfiguration")] public ResolvedConfiguration? ResolvedConfiguration { get; init; }
    [JsonPropertyName("ecsManagedResources")] public EcsManagedResources? EcsManagedResources { get; init; }
    [JsonPropertyName("overrides")] public ServiceRevisionOverrides? Overrides { get; init; }
    [JsonPropertyName("monitoring")] public MonitoringConfiguration? Monitoring { get; init; }
}

/// <summary>ECS model shape <c>ContainerImage</c>.</summary>
public sealed record ContainerImage
{
    [JsonPropertyName("containerName")] public string? ContainerName { get; init; }
    [JsonPropertyName("imageDigest")] public string? ImageDigest { get; init; }
    [JsonPropertyName("image")] public string? Image { get; init; }
}

/// <summary>ECS model shape <c>DeploymentEphemeralStorage</c>.</summary>
public sealed record DeploymentEphemeralStorage
{
    [JsonPropertyName("kmsKeyId")] public string? KmsKeyId { get; init; }
}

/// <summary>ECS model shape <c>ResolvedConfiguration</c>.</summary>
public sealed record ResolvedConfiguration
{
    [JsonPropertyName("loadBalancers")] public IReadOnlyList<ServiceRevisionLoadBalancer>? LoadBalancers { get; init; }
}

/// <summary>ECS model shape <c>ServiceRevisionLoadBalancer</c>.</summary>
public sealed record ServiceRevisionLoadBalancer
{
    [JsonPropertyName("targetGroupArn")] public string? TargetGroupArn { get; init; }
    [JsonPropertyName("productionListenerRule")] public string? ProductionListenerRule { get; init; }
}

/// <summary>ECS model shape <c>ServiceRevisionOverrides</c>.</summary>
public sealed record ServiceRevisionOverrides
{
    [JsonPropertyName("runtimePlatform")] public RuntimePlatformOverride? RuntimePlatform { get; init; }
}

/// <summary>ECS model shape <c>RuntimePlatformOverride</c>.</summary>
public sealed record RuntimePlatformOverride
{
    [JsonPropertyName("cpuArchitecture")] public string? CpuArchitecture { get; init; }
}

/// <summary>ECS model shape <c>MonitoringConfiguration</c>.</summary>
public sealed record MonitoringConfiguration
{
    [JsonPropertyName("metricConfigurations")] public IReadOnlyList<MetricConfiguration>? MetricConfigurations { get; init; }
}

/// <summary>ECS model shape <c>MetricConfiguration</c>.</summary>
public sealed record MetricConfiguration
{
    [JsonPropertyName("metricNames")] public IReadOnlyList<string>? MetricNames { get; init; }
    [JsonPropertyName("resolutionSeconds")] public int? ResolutionSeconds { get; init; }
}
