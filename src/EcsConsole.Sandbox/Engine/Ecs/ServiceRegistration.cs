using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine.Ecs;

/// <summary>A service as submitted to CreateService.</summary>
public sealed record ServiceRegistration(
    string Cluster,
    string Name,
    string TaskDefinition,
    int DesiredCount,
    string? LaunchType,
    IReadOnlyList<CapacityProviderStrategyState> CapacityProviderStrategy,
    string? PlatformVersion,
    IReadOnlyList<string> Subnets,
    IReadOnlyList<string> SecurityGroups,
    string AssignPublicIp,
    string? TargetGroupArn,
    string? LoadBalancerContainerName,
    int? LoadBalancerContainerPort,
    AdvancedConfigurationState? AdvancedConfiguration,
    DeploymentConfigurationState DeploymentConfiguration,
    int HealthCheckGracePeriodSeconds,
    bool EnableExecuteCommand,
    IReadOnlyDictionary<string, string> Tags,
    string DeploymentController = "ECS")
{
    /// <summary>serviceRegistries[].registryArn; null when none were given (the sandbox then derives one, as for seeded services).</summary>
    public IReadOnlyList<string>? RegistryArns { get; init; }

    /// <summary>TASK_DEFINITION, SERVICE or NONE.</summary>
    public string PropagateTags { get; init; } = "NONE";

    public bool EnableEcsManagedTags { get; init; }

    /// <summary>The request as sent, without its clientToken: a repeat that matches it returns the service instead of failing.</summary>
    public string Fingerprint { get; init; } = "";

    public string? ClientToken { get; init; }
}

/// <summary>A RunTask request: <paramref name="Count"/> copies of a task definition outside any service.</summary>
public sealed record RunTaskRequest(
    string Cluster,
    string TaskDefinition,
    int Count,
    string? LaunchType,
    IReadOnlyList<CapacityProviderStrategyState> CapacityProviderStrategy,
    IReadOnlyList<string> Subnets,
    string? StartedBy,
    string? Group,
    IReadOnlyDictionary<string, string> Tags);

/// <summary>What RunTask started, and the placements that failed (ARN and reason, like ECS's failures list).</summary>
public sealed record RunTaskResult(IReadOnlyList<string> TaskArns, IReadOnlyList<KeyValuePair<string?, string>> Failures);
