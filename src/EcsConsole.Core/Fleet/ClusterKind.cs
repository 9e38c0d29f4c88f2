namespace EcsConsole.Core.Fleet;

/// <summary>Where a cluster's tasks run: AWS-managed Fargate capacity, the team's own EC2 instances, or both.</summary>
public enum ClusterKind
{
    Fargate,
    Ec2,
    Mixed,
}
