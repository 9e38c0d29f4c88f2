using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Wizards.Clusters;

/// <summary>Where the cluster's tasks run.</summary>
public enum ClusterCapacityKind
{
    /// <summary>FARGATE / FARGATE_SPOT capacity providers, no instances to manage.</summary>
    Fargate,

    /// <summary>EC2 instances from a launch template and Auto Scaling group, scaled by an ECS capacity provider.</summary>
    Ec2,
}

/// <summary>The ECS-optimised AMIs AWS publishes as public SSM parameters.</summary>
public enum EcsAmiVariant
{
    AmazonLinux2023,
    AmazonLinux2023Arm64,
    AmazonLinux2,
}

/// <summary>CloudWatch Container Insights for the cluster (ECS setting <c>containerInsights</c>).</summary>
public enum ContainerInsightsMode
{
    Disabled,
    Enabled,

    /// <summary>Container Insights with enhanced observability (per-task and per-container metrics).</summary>
    Enhanced,
}

/// <summary>The cluster wizard's input, as the page edits it. Plain settable properties so the stepper binds to them.</summary>
public sealed class ClusterWizardInput
{
    public string ClusterName { get; set; } = "";

    public ClusterCapacityKind Kind { get; set; } = ClusterCapacityKind.Fargate;

    /// <summary>Default strategy: relative share of tasks on FARGATE.</summary>
    public int FargateWeight { get; set; } = 1;

    /// <summary>Default strategy: tasks always placed on FARGATE first.</summary>
    public int FargateBase { get; set; }

    public int FargateSpotWeight { get; set; }

    public int FargateSpotBase { get; set; }

    public ContainerInsightsMode ContainerInsights { get; set; } = ContainerInsightsMode.Enabled;

    /// <summary>Put on everything the wizard creates (and propagated to the instances).</summary>
    public List<WizardTag> Tags { get; set; } = [new("team", ""), new("environment", "")];

    public string VpcId { get; set; } = "";

    public List<string> SubnetIds { get; set; } = [];

    public List<string> SecurityGroupIds { get; set; } = [];

    public string InstanceType { get; set; } = "t3.medium";

    public EcsAmiVariant AmiVariant { get; set; } = EcsAmiVariant.AmazonLinux2023;

    public int MinSize { get; set; }

    public int DesiredCapacity { get; set; } = 1;

    public int MaxSize { get; set; } = 3;

    /// <summary>The instance profile of the container instance role (the IAM roles wizard creates <c>ecs-instance</c>).</summary>
    public string InstanceProfileName { get; set; } = "ecs-instance";

    /// <summary>Managed scaling's target: how full (percent) ECS keeps the group's instances.</summary>
    public int TargetCapacity { get; set; } = 100;

    /// <summary>ECS keeps instances with tasks from being scaled in (the group's instances are protected from scale-in).</summary>
    public bool ManagedTerminationProtection { get; set; } = true;

    public string LaunchTemplateName { get; set; } = "";

    public string AutoScalingGroupName { get; set; } = "";

    public string CapacityProviderName { get; set; } = "";

    /// <summary>Fills empty names from the cluster name: <c>&lt;cluster&gt;-lt</c>, <c>&lt;cluster&gt;-asg</c>, <c>&lt;cluster&gt;-cp</c>.</summary>
    public void FillDefaultNames()
    {
        var prefix = string.IsNullOrWhiteSpace(ClusterName) ? "cluster" : ClusterName.Trim();
        LaunchTemplateName = Default(LaunchTemplateName, $"{prefix}-lt");
        AutoScalingGroupName = Default(AutoScalingGroupName, $"{prefix}-asg");
        CapacityProviderName = Default(CapacityProviderName, $"{prefix}-cp");
    }

    private static string Default(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
}

/// <summary>The AMI an EC2 plan launches, read at plan time from its public SSM parameter.</summary>
/// <param name="Parameter">The SSM parameter name, e.g. <c>/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id</c>.</param>
public sealed record ResolvedAmi(string Parameter, string ImageId);

/// <summary>What the EC2 lookups said about the chosen network, so the validator can check that subnets and groups share the VPC.</summary>
/// <param name="SubnetVpcs">Subnet id → VPC id.</param>
/// <param name="SecurityGroupVpcs">Security group id → VPC id.</param>
public sealed record ClusterNetworkFacts(IReadOnlyDictionary<string, string> SubnetVpcs, IReadOnlyDictionary<string, string> SecurityGroupVpcs);
