namespace EcsConsole.Sandbox.Engine.Iam;

/// <summary>
/// The AWS managed policies the sandbox knows, by ARN: the ECS ones the setup wizards attach and a few common others.
/// Attaching any other ARN answers NoSuchEntity, as IAM does for a policy that does not exist.
/// </summary>
public static class IamManagedPolicies
{
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
        "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role",
        "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceAutoscaleRole",
        "arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForLoadBalancers",
        "arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForVolumes",
        "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
        "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy",
        "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
        "arn:aws:iam::aws:policy/ReadOnlyAccess",
        "arn:aws:iam::aws:policy/AmazonECS_FullAccess",
    };

    /// <summary>Service-linked role names by service principal, as IAM names them.</summary>
    public static IReadOnlyDictionary<string, string> ServiceLinkedRoleNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ecs.amazonaws.com"] = "AWSServiceRoleForECS",
        ["ecs.application-autoscaling.amazonaws.com"] = "AWSServiceRoleForApplicationAutoScaling_ECSService",
        ["elasticloadbalancing.amazonaws.com"] = "AWSServiceRoleForElasticLoadBalancing",
        ["autoscaling.amazonaws.com"] = "AWSServiceRoleForAutoScaling",
    };
}
