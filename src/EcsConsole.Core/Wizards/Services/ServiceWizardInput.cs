using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Wizards.Services;

/// <summary>Where the service's tasks get their compute.</summary>
public enum ComputeChoice
{
    LaunchType,
    CapacityProviders,
}

public enum LoadBalancerChoice
{
    None,

    /// <summary>A new application load balancer with a listener that answers 404 unless a rule matches.</summary>
    NewAlb,

    /// <summary>An existing ALB: the wizard adds a target group and a rule to one of its listeners.</summary>
    ExistingAlb,
}

public enum DiscoveryChoice
{
    None,
    ExistingNamespace,
    NewNamespace,
}

/// <summary>The predefined metrics of Application Auto Scaling target tracking for ECS services.</summary>
public enum ScalingMetric
{
    Cpu,
    Memory,
    AlbRequestsPerTarget,
}

/// <summary>One entry of a capacity provider strategy.</summary>
public sealed class CapacityProviderChoice
{
    public string CapacityProvider { get; set; } = "";

    public int Weight { get; set; } = 1;

    public int Base { get; set; }
}

/// <summary>The load balancer part: a new or existing ALB, the target group and its health check, the listener rule.</summary>
public sealed class ServiceLoadBalancerInput
{
    public LoadBalancerChoice Choice { get; set; } = LoadBalancerChoice.None;

    /// <summary>New ALB: its name (≤ 32 letters, digits, hyphens).</summary>
    public string LoadBalancerName { get; set; } = "";

    /// <summary>internet-facing or internal.</summary>
    public string Scheme { get; set; } = "internet-facing";

    /// <summary>New ALB: its security groups (the service's when empty).</summary>
    public List<string> SecurityGroups { get; set; } = [];

    public int ListenerPort { get; set; } = 80;

    /// <summary>Existing ALB: the listener that gets the service's rule (production listener for blue/green).</summary>
    public string ExistingListenerArn { get; set; } = "";

    /// <summary>Existing ALB: its ARN, whose listeners the page offers.</summary>
    public string ExistingLoadBalancerArn { get; set; } = "";

    /// <summary>The VPC of the target group: an existing ALB's VPC; for a new ALB optional (its own), but needed for a CloudFormation export.</summary>
    public string VpcId { get; set; } = "";

    public string TargetGroupName { get; set; } = "";

    public string ContainerName { get; set; } = "";

    public int ContainerPort { get; set; } = 80;

    public string HealthCheckPath { get; set; } = "/";

    public int HealthCheckIntervalSeconds { get; set; } = 30;

    public int HealthyThresholdCount { get; set; } = 5;

    public int UnhealthyThresholdCount { get; set; } = 2;

    /// <summary>HTTP codes that count as healthy, e.g. <c>200</c> or <c>200-299</c>.</summary>
    public string SuccessCodes { get; set; } = "200";

    public string PathPattern { get; set; } = "/*";

    public int RulePriority { get; set; } = 100;

    /// <summary>Blue/green, linear, canary: the second target group ECS shifts traffic to.</summary>
    public string AlternateTargetGroupName { get; set; } = "";

    /// <summary>Blue/green on a new ALB: the port of the test listener (0 = no test listener).</summary>
    public int TestListenerPort { get; set; } = 8080;

    /// <summary>Blue/green on an existing ALB: the test listener that gets the test rule (empty = none).</summary>
    public string ExistingTestListenerArn { get; set; } = "";

    /// <summary>The ECS infrastructure role that lets ECS change the listener rules (blue/green, linear, canary).</summary>
    public string InfrastructureRoleArn { get; set; } = "";
}

/// <summary>Cloud Map service discovery: a namespace (existing or new) and the discovery service's name.</summary>
public sealed class ServiceDiscoveryInput
{
    public DiscoveryChoice Choice { get; set; } = DiscoveryChoice.None;

    /// <summary>Existing namespace: its id (<c>ns-…</c>).</summary>
    public string NamespaceId { get; set; } = "";

    /// <summary>New namespace: its DNS name, e.g. <c>staging.internal</c>.</summary>
    public string NamespaceName { get; set; } = "";

    /// <summary>New namespace: the VPC it resolves in.</summary>
    public string VpcId { get; set; } = "";

    /// <summary>The name under the namespace (the service's name when empty).</summary>
    public string ServiceName { get; set; } = "";

    public int DnsTtlSeconds { get; set; } = 60;
}

/// <summary>Target tracking on one metric between a minimum and a maximum task count.</summary>
public sealed class ServiceScalingInput
{
    public bool Enabled { get; set; }

    public int MinCapacity { get; set; } = 1;

    public int MaxCapacity { get; set; } = 4;

    public ScalingMetric Metric { get; set; } = ScalingMetric.Cpu;

    /// <summary>Percent for CPU and memory; requests per target per minute for ALB requests.</summary>
    public double TargetValue { get; set; } = 60;

    public int ScaleInCooldownSeconds { get; set; } = 300;

    public int ScaleOutCooldownSeconds { get; set; } = 60;
}

/// <summary>The Service wizard's input, as the page edits it. Plain settable properties so the stepper binds to them.</summary>
public sealed class ServiceWizardInput
{
    /// <summary>The cluster's name.</summary>
    public string Cluster { get; set; } = "";

    public string ServiceName { get; set; } = "";

    /// <summary><c>family:revision</c> (or a task definition ARN).</summary>
    public string TaskDefinition { get; set; } = "";

    public ComputeChoice Compute { get; set; } = ComputeChoice.LaunchType;

    /// <summary>FARGATE or EC2.</summary>
    public string LaunchType { get; set; } = "FARGATE";

    public List<CapacityProviderChoice> CapacityProviders { get; set; } = [];

    public int DesiredCount { get; set; } = 2;

    /// <summary>The VPC whose subnets and security groups the networking step offers; not sent to ECS (the subnets say it).</summary>
    public string VpcId { get; set; } = "";

    /// <summary>awsvpc: the subnets of the tasks' network interfaces (also the new ALB's).</summary>
    public List<string> Subnets { get; set; } = [];

    public List<string> SecurityGroups { get; set; } = [];

    public bool AssignPublicIp { get; set; }

    public ServiceLoadBalancerInput LoadBalancer { get; set; } = new();

    public ServiceDiscoveryInput Discovery { get; set; } = new();

    public ServiceScalingInput Scaling { get; set; } = new();

    public DeploymentStrategySettings Deployment { get; set; } = new()
    {
        CircuitBreaker = new CircuitBreakerSettings(true, true),
        MinimumHealthyPercent = 100,
        MaximumPercent = 200,
    };

    public int HealthCheckGracePeriodSeconds { get; set; } = 60;

    /// <summary>The house habit: every resource carries <c>team</c> and <c>service</c>.</summary>
    public List<WizardTag> Tags { get; set; } = [new("team", ""), new("service", "")];

    /// <summary>Fills empty names from the service name: <c>search-alb</c>, <c>search-tg</c>, <c>search-tg-alt</c>, the container and discovery names.</summary>
    public void FillDefaultNames() => FillDefaultNames(null);

    /// <summary>
    /// Fills the names derived from the service and cluster names, and re-derives those that still hold what
    /// <paramref name="previous"/> derived: a corrected service name (<c>peer api</c> → <c>peer-api</c>) carries over to
    /// the target group, until the operator edits a name by hand. Returns what it derived, for the next call.
    /// </summary>
    public ServiceDerivedNames? FillDefaultNames(ServiceDerivedNames? previous)
    {
        var name = ServiceName.Trim();
        if (name.Length == 0)
        {
            return previous;
        }

        var now = ServiceDerivedNames.For(name, Cluster);
        LoadBalancer.LoadBalancerName = Derive(LoadBalancer.LoadBalancerName, previous?.LoadBalancerName, now.LoadBalancerName);
        LoadBalancer.TargetGroupName = Derive(LoadBalancer.TargetGroupName, previous?.TargetGroupName, now.TargetGroupName);
        LoadBalancer.AlternateTargetGroupName = Derive(LoadBalancer.AlternateTargetGroupName, previous?.AlternateTargetGroupName, now.AlternateTargetGroupName);
        LoadBalancer.ContainerName = Derive(LoadBalancer.ContainerName, previous?.ContainerName, now.ContainerName);
        Discovery.ServiceName = Derive(Discovery.ServiceName, previous?.DiscoveryServiceName, now.DiscoveryServiceName);
        if (now.NamespaceName.Length > 0)
        {
            Discovery.NamespaceName = Derive(Discovery.NamespaceName, previous?.NamespaceName, now.NamespaceName);
        }

        return now;
    }

    /// <summary>The new derived value when the field is empty or still holds the old derived one; otherwise the operator's.</summary>
    public static string Derive(string value, string? previous, string derived) =>
        string.IsNullOrWhiteSpace(value) || (previous is not null && string.Equals(value.Trim(), previous, StringComparison.Ordinal)) ? derived : value.Trim();

}

/// <summary>The names the Service wizard derives from the service and cluster names, as last derived.</summary>
public sealed record ServiceDerivedNames(
    string LoadBalancerName, string TargetGroupName, string AlternateTargetGroupName, string ContainerName, string DiscoveryServiceName, string NamespaceName)
{
    public static ServiceDerivedNames For(string serviceName, string cluster)
    {
        var name = serviceName.Trim();
        var clusterName = cluster.Trim();
        return new(Shorten($"{name}-alb"), Shorten($"{name}-tg"), Shorten($"{name}-tg-alt"), name, name, clusterName.Length > 0 ? $"{clusterName}.internal" : "");
    }

    /// <summary>The value of the <c>service</c> tag.</summary>
    public string ServiceTag => DiscoveryServiceName;

    private static string Shorten(string name) => name.Length <= 32 ? name : name[..32].TrimEnd('-');
}
