namespace EcsConsole.Sandbox.Engine.Ec2;

/// <summary>
/// The sandbox account's EC2 and EC2 Auto Scaling resources. Part of <see cref="SandboxState"/>, so it is only touched under
/// the engine's lock and moves with the simulation's clock. Records are immutable: a change replaces the entry.
/// </summary>
public sealed class Ec2State
{
    public List<VpcState> Vpcs { get; } = [];

    public List<SubnetState> Subnets { get; } = [];

    public List<SecurityGroupState> SecurityGroups { get; } = [];

    public List<LaunchTemplateState> LaunchTemplates { get; } = [];

    public List<AutoScalingGroupState> AutoScalingGroups { get; } = [];

    public SecurityGroupState? FindSecurityGroup(string id) => SecurityGroups.FirstOrDefault(g => g.Id == id);

    public LaunchTemplateState? FindLaunchTemplate(string? id, string? name) =>
        LaunchTemplates.FirstOrDefault(t => (id is not null && t.Id == id) || (name is not null && t.Name == name));

    /// <summary>The group of that name or ARN, or null.</summary>
    public AutoScalingGroupState? FindAutoScalingGroup(string nameOrArn) =>
        AutoScalingGroups.FirstOrDefault(g => g.Name == nameOrArn || g.Arn == nameOrArn);
}

public sealed record VpcState(string Id, string CidrBlock, bool IsDefault, IReadOnlyDictionary<string, string> Tags);

public sealed record SubnetState(string Id, string VpcId, string AvailabilityZone, string AvailabilityZoneId, string CidrBlock, bool DefaultForAz, IReadOnlyDictionary<string, string> Tags);

/// <summary>One ingress rule: a CIDR or a source group, for a protocol (tcp, udp, icmp, -1) and port range.</summary>
public sealed record IngressRuleState(string RuleId, string Protocol, int? FromPort, int? ToPort, string? CidrIp, string? SourceGroupId, string? Description);

public sealed record SecurityGroupState(
    string Id,
    string Name,
    string Description,
    string VpcId,
    IReadOnlyList<IngressRuleState> Ingress,
    IReadOnlyDictionary<string, string> Tags);

/// <summary>A launch template with its one version's data (the sandbox keeps version 1 only). UserData stays base64.</summary>
public sealed record LaunchTemplateState(
    string Id,
    string Name,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    string ImageId,
    string InstanceType,
    string? InstanceProfileName,
    IReadOnlyList<string> SecurityGroupIds,
    string? UserData,
    IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>The ClientToken of the CreateLaunchTemplate that made it, if any: the same token again answers this template.</summary>
    public string? ClientToken { get; init; }

    /// <summary>What that request asked for (name, data, tags), so the token with other parameters is refused.</summary>
    public string? RequestFingerprint { get; init; }
}

public sealed record AutoScalingTagState(string Key, string Value, bool PropagateAtLaunch);

/// <summary>An instance of a group: Pending until it has booted, then InService; it registers with ECS once InService.</summary>
public sealed record AutoScalingInstanceState(
    string InstanceId,
    string InstanceType,
    string AvailabilityZone,
    string SubnetId,
    DateTimeOffset LaunchedAt,
    bool ProtectedFromScaleIn)
{
    public string LifecycleState { get; init; } = "Pending";

    /// <summary>The ECS container instance it registered as, once it has.</summary>
    public string? ContainerInstanceArn { get; init; }

    public string? ClusterName { get; init; }
}

public sealed record AutoScalingGroupState(
    string Name,
    string Arn,
    string LaunchTemplateId,
    string LaunchTemplateName,
    string LaunchTemplateVersion,
    int MinSize,
    int MaxSize,
    int DesiredCapacity,
    IReadOnlyList<string> SubnetIds,
    bool NewInstancesProtectedFromScaleIn,
    int HealthCheckGracePeriod,
    IReadOnlyList<AutoScalingTagState> Tags,
    DateTimeOffset CreatedAt,
    IReadOnlyList<AutoScalingInstanceState> Instances)
{
    /// <summary>
    /// The ECS capacity provider built on this group (set by CreateCapacityProvider); its instances' container instances
    /// report it as their capacityProviderName.
    /// </summary>
    public string? CapacityProviderName { get; init; }
}
