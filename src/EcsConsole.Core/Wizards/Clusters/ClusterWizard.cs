using System.Text;

namespace EcsConsole.Core.Wizards.Clusters;

/// <summary>
/// The cluster wizard: from validated input to the ordered calls that set a cluster up.
/// Fargate: ecs CreateCluster with FARGATE and FARGATE_SPOT, the default strategy, Container Insights and tags.
/// EC2: ecs CreateCluster → ec2 CreateLaunchTemplate (the ECS-optimised AMI read from SSM at plan time, user data joining
/// the cluster) → autoscaling CreateAutoScalingGroup → ecs CreateCapacityProvider (managed scaling) → ecs
/// PutClusterCapacityProviders. The cluster comes first so that a rollback (newest first) removes the Auto Scaling group,
/// and with it the registered container instances, before DeleteCluster, which ECS refuses while instances are registered.
/// Keys and outputs (response paths, model member names):
/// <list type="bullet">
/// <item><c>Cluster</c>: Arn = cluster.clusterArn, Name = cluster.clusterName (CloudFormation: Arn → GetAtt Arn, Name → Ref)</item>
/// <item><c>LaunchTemplate</c>: no outputs (the group names the template; the key is its CloudFormation logical id)</item>
/// <item><c>AutoScalingGroup</c>: Arn = AutoScalingGroups[0].AutoScalingGroupARN (the executor reads the group back: CreateAutoScalingGroup returns nothing)</item>
/// <item><c>CapacityProvider</c>: Name = capacityProvider.name (CloudFormation: Ref)</item>
/// </list>
/// </summary>
public static class ClusterWizard
{
    public const string Id = "cluster";

    /// <summary>The plan, or the list of things to fix first (never both, never an exception for bad input).</summary>
    /// <param name="ami">The AMI read from its SSM parameter; needed for an EC2 cluster.</param>
    /// <param name="network">What the EC2 lookups said about the chosen subnets and groups, when known.</param>
    public static (WizardPlan? Plan, IReadOnlyList<WizardValidationError> Errors) Plan(ClusterWizardInput input, ResolvedAmi? ami = null, ClusterNetworkFacts? network = null)
    {
        var errors = ClusterWizardValidator.Validate(input, ami, network);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var name = input.ClusterName.Trim();
        var tags = WizardTags.Clean(input.Tags);
        var insights = input.ContainerInsights.ToString().ToLowerInvariant();
        if (input.Kind == ClusterCapacityKind.Fargate)
        {
            var strategy = new List<(string Provider, int Weight, int Base)>();
            if (input.FargateWeight > 0 || input.FargateBase > 0)
            {
                strategy.Add(("FARGATE", input.FargateWeight, input.FargateBase));
            }

            if (input.FargateSpotWeight > 0 || input.FargateSpotBase > 0)
            {
                strategy.Add(("FARGATE_SPOT", input.FargateSpotWeight, input.FargateSpotBase));
            }

            var cluster = ClusterWizardCalls.CreateCluster(name, ["FARGATE", "FARGATE_SPOT"], strategy, insights, tags);
            return (new WizardPlan(Id, $"Fargate cluster {name}", [cluster]), []);
        }

        var provider = input.CapacityProviderName.Trim();
        var calls = new List<PlannedCall>
        {
            ClusterWizardCalls.CreateCluster(name, [], [], insights, tags),
            ClusterWizardCalls.LaunchTemplate(input, ami!, UserData(name), tags),
            ClusterWizardCalls.AutoScalingGroup(input, tags),
            ClusterWizardCalls.CapacityProvider(provider, input.TargetCapacity, input.ManagedTerminationProtection, tags),
            ClusterWizardCalls.Associate(name, provider),
        };
        return (new WizardPlan(Id, $"EC2 cluster {name} ({input.MinSize}-{input.MaxSize} x {input.InstanceType.Trim()})", calls), []);
    }

    /// <summary>The user data that makes the ECS agent of each instance join the cluster, base64 as EC2 takes it.</summary>
    public static string UserData(string clusterName) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"#!/bin/bash\necho ECS_CLUSTER={clusterName} >> /etc/ecs/ecs.config\n"));
}
