using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed class ServiceState
{
    /// <summary>ECS returns the newest 100 events.</summary>
    public const int EventCap = 100;

    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required string ClusterArn { get; init; }

    public string Status { get; set; } = "ACTIVE";

    public required int DesiredCount { get; set; }

    /// <summary>Set when the service names a launch type; null when it uses a capacity provider strategy.</summary>
    public string? LaunchType { get; init; }

    public IReadOnlyList<CapacityProviderStrategyState> CapacityProviderStrategy { get; init; } = [];

    public string? PlatformVersion { get; init; }

    public required string TaskDefinitionArn { get; set; }

    /// <summary>ECS or CODE_DEPLOY; a CODE_DEPLOY service changes task definition only through a CodeDeploy deployment.</summary>
    public string DeploymentController { get; init; } = "ECS";

    /// <summary>PRIMARY first, then ACTIVE ones, newest first.</summary>
    public List<DeploymentState> Deployments { get; } = [];

    /// <summary>Every service deployment, newest first, as ListServiceDeployments shows them (at most <see cref="HistoryCap"/>).</summary>
    public List<DeploymentState> DeploymentHistory { get; } = [];

    public List<ServiceRevisionState> Revisions { get; } = [];

    public const int HistoryCap = 50;

    /// <summary>Newest first, at most <see cref="EventCap"/>.</summary>
    public List<ServiceEventState> Events { get; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public required IReadOnlyList<string> Subnets { get; init; }

    public required IReadOnlyList<string> SecurityGroups { get; init; }

    public string AssignPublicIp { get; init; } = "DISABLED";

    public string? TargetGroupArn { get; init; }

    /// <summary>loadBalancers[0].advancedConfiguration: set for services that deploy blue/green, linear or canary.</summary>
    public AdvancedConfigurationState? AdvancedConfiguration { get; set; }

    /// <summary>
    /// Of <see cref="TargetGroupArn"/> and the alternate target group, the one production traffic goes to between
    /// deployments; a successful blue/green deployment swaps it.
    /// </summary>
    public string? ProductionTargetGroupArn
    {
        get => _productionTargetGroupArn ?? TargetGroupArn;
        set => _productionTargetGroupArn = value;
    }

    private string? _productionTargetGroupArn;

    /// <summary>The target group that is not serving production traffic between deployments: where green tasks go.</summary>
    public string? StandbyTargetGroupArn => AdvancedConfiguration is null ? null
        : ProductionTargetGroupArn == TargetGroupArn ? AdvancedConfiguration.AlternateTargetGroupArn : TargetGroupArn;

    public string? LoadBalancerContainerName { get; init; }

    public int? LoadBalancerContainerPort { get; init; }

    /// <summary>The deploymentConfiguration the next service deployment starts with.</summary>
    public DeploymentConfigurationState DeploymentConfiguration { get; set; } = DeploymentConfigurationState.Default;

    public int MinimumHealthyPercent => DeploymentConfiguration.MinimumHealthyPercent;

    public int MaximumPercent => DeploymentConfiguration.MaximumPercent;

    public bool CircuitBreakerEnable => DeploymentConfiguration.CircuitBreaker.Enable;

    public bool CircuitBreakerRollback => DeploymentConfiguration.CircuitBreaker.Rollback;

    public int HealthCheckGracePeriodSeconds { get; init; } = 60;

    public bool EnableExecuteCommand { get; set; }

    public Dictionary<string, string> Tags { get; init; } = [];

    /// <summary>Cloud Map registries given to CreateService; null for services whose registry the sandbox derives.</summary>
    public IReadOnlyList<string>? RegistryArns { get; init; }

    public string PropagateTags { get; init; } = "NONE";

    public bool EnableEcsManagedTags { get; init; } = true;

    /// <summary>How it was created (<see cref="ServiceRegistration.Fingerprint"/>, <see cref="ServiceRegistration.ClientToken"/>), to answer a repeated CreateService as ECS does.</summary>
    public string CreationFingerprint { get; init; } = "";

    public string? ClientToken { get; init; }

    /// <summary>When the service last reported a steady state; cleared by any change so the next steady state is reported.</summary>
    public DateTimeOffset? SteadyStateReportedAt { get; set; }

    /// <summary>When DeleteService was called; the service is DRAINING until its tasks stopped, then INACTIVE.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public DeploymentState? Primary => Deployments.FirstOrDefault(d => d.Status == "PRIMARY");
}
