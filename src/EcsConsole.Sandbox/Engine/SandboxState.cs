using EcsConsole.Sandbox.Engine.ApplicationAutoScaling;
using EcsConsole.Sandbox.Engine.Ecr;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Engine;

/// <summary>Everything the sandbox knows. Only touched under the engine's lock.</summary>
public sealed class SandboxState
{
    public List<ClusterState> Clusters { get; } = [];

    /// <summary>FARGATE and FARGATE_SPOT, then the account's own, in creation order (deleted ones stay INACTIVE).</summary>
    public List<CapacityProviderState> CapacityProviders { get; } = [];

    /// <summary>All revisions of all families, in registration order.</summary>
    public List<TaskDefinitionState> TaskDefinitions { get; } = [];

    public List<RepositoryState> Repositories { get; } = [];

    public List<ScalableTargetState> ScalableTargets { get; } = [];

    /// <summary>Load balancers, target groups, listeners and rules created through the ELBv2 API.</summary>
    public LoadBalancing.LoadBalancingState LoadBalancing { get; } = new();

    /// <summary>Cloud Map namespaces, services and operations created through the API.</summary>
    public ServiceDiscovery.CloudMapState CloudMap { get; } = new();

    /// <summary>Log groups created by CreateLogGroup or given a retention policy; groups named by task definitions exist without an entry.</summary>
    public Dictionary<string, Logs.LogGroupSettings> LogGroupSettings { get; } = new(StringComparer.Ordinal);

    /// <summary>Log groups deleted by DeleteLogGroup: they stay gone even where a task definition's awslogs names them, until created again.</summary>
    public HashSet<string> DeletedLogGroups { get; } = new(StringComparer.Ordinal);
    /// <summary>VPCs, subnets, security groups, launch templates and Auto Scaling groups.</summary>
    public Ec2.Ec2State Ec2 { get; } = new();

    /// <summary>Subnet id to availability zone, for the subnets the seed and services use.</summary>
    public Dictionary<string, string> SubnetZones { get; } = [];

    public string AvailabilityZoneOf(string subnetId, string region) =>
        SubnetZones.TryGetValue(subnetId, out var zone) ? zone : region + "a";

    /// <summary>The active cluster of that name or ARN, else an INACTIVE (deleted) one, else null.</summary>
    public ClusterState? FindCluster(string nameOrArn) =>
        Clusters.Where(c => c.Name == nameOrArn || c.Arn == nameOrArn).OrderBy(c => c.Status != "ACTIVE").FirstOrDefault();

    /// <summary>The active capacity provider of that name or ARN, else an INACTIVE (deleted) one, else null.</summary>
    public CapacityProviderState? FindCapacityProvider(string nameOrArn) =>
        CapacityProviders.Where(p => p.Name == nameOrArn || p.Arn == nameOrArn).OrderBy(p => p.Status != "ACTIVE").FirstOrDefault();

    /// <summary>The active Auto Scaling group provider using that group (by ARN), for naming the capacity provider of its container instances.</summary>
    public CapacityProviderState? FindCapacityProviderByAsg(string autoScalingGroupArn) =>
        CapacityProviders.FirstOrDefault(p => p.Status == "ACTIVE" && p.AutoScalingGroupArn == autoScalingGroupArn);

    public TaskDefinitionState? FindTaskDefinition(string familyRevisionOrArn)
    {
        var reference = familyRevisionOrArn;
        if (reference.StartsWith("arn:", StringComparison.Ordinal))
        {
            return TaskDefinitions.FirstOrDefault(t => t.Arn == reference);
        }

        var colon = reference.LastIndexOf(':');
        if (colon < 0)
        {
            // A bare family means its latest ACTIVE revision, as in ECS.
            return TaskDefinitions.Where(t => t.Family == reference && t.Status == "ACTIVE").MaxBy(t => t.Revision);
        }

        return int.TryParse(reference[(colon + 1)..], out var revision)
            ? TaskDefinitions.FirstOrDefault(t => t.Family == reference[..colon] && t.Revision == revision)
            : null;
    }

    public RepositoryState? FindRepository(string name) => Repositories.FirstOrDefault(r => r.Name == name);

    public int NextRevision(string family) =>
        TaskDefinitions.Where(t => t.Family == family).Select(t => t.Revision).DefaultIfEmpty(0).Max() + 1;
}
