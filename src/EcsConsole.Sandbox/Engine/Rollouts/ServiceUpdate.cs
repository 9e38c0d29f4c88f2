namespace EcsConsole.Sandbox.Engine.Rollouts;

/// <summary>
/// An UpdateService request. <paramref name="Configuration"/> maps the service's current deploymentConfiguration to the
/// new one (members a request leaves out stay); <paramref name="LoadBalancer"/> carries loadBalancers[0] when given; <paramref name="EnableExecuteCommand"/> applies to tasks started from then on.
/// </summary>
public sealed record ServiceUpdate(
    string Cluster,
    string Service,
    string? TaskDefinition = null,
    int? DesiredCount = null,
    bool ForceNewDeployment = false,
    Func<DeploymentConfigurationState, DeploymentConfigurationState>? Configuration = null,
    LoadBalancerUpdate? LoadBalancer = null,
    bool? EnableExecuteCommand = null);

/// <summary>loadBalancers[0] of an UpdateService: the sandbox keeps the target group and changes advancedConfiguration.</summary>
public sealed record LoadBalancerUpdate(string? TargetGroupArn, AdvancedConfigurationState? AdvancedConfiguration);
