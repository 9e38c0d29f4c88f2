using EcsConsole.Core.Live;

namespace EcsConsole.Core.Fleet;

/// <summary>How a service is set up: task definition and images, network, deployment settings, load balancing, scaling, discovery.</summary>
/// <param name="Images">The task definition's containers as <c>name: image</c>.</param>
/// <param name="Problems">Sections that could not be read, told for people (the rest of the page still shows).</param>
public sealed record ServiceConfiguration(
    string TaskDefinition,
    string TaskDefinitionArn,
    ValueList<string> Images,
    NetworkSettings Network,
    DeploymentSettings Deployment,
    int? HealthCheckGracePeriodSeconds,
    string? SchedulingStrategy,
    string? PlatformVersion,
    bool ExecuteCommandEnabled,
    DateTimeOffset? CreatedAt,
    ValueList<TargetGroupHealth> LoadBalancers,
    ScalingSummary? Scaling,
    ValueList<DiscoveryEntry> Discovery,
    ValueList<SectionProblem> Problems)
{
    /// <summary>Why a section could not be read on the last poll; null when it could.</summary>
    public string? ProblemOf(string section) => ProblemFor(section)?.Message;

    /// <summary>The section's problem on the last poll, with whether it is temporary; null when the section was read.</summary>
    public SectionProblem? ProblemFor(string section) => Problems.FirstOrDefault(p => p.Section == section);
}

/// <summary>The awsvpc network of a service; empty lists for bridge/host networking.</summary>
public sealed record NetworkSettings(ValueList<string> Subnets, ValueList<string> SecurityGroups, string? AssignPublicIp);

/// <summary>Deployment settings: controller, strategy, the healthy-percent window and the safety nets.</summary>
/// <param name="CircuitBreaker">As <c>on, rolls back</c>, <c>on</c> or <c>off</c>.</param>
public sealed record DeploymentSettings(
    string Controller,
    string Strategy,
    int? MinimumHealthyPercent,
    int? MaximumPercent,
    string CircuitBreaker,
    ValueList<string> Alarms);
